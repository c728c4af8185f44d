package se.samverka.platform.api.tenant;

import java.util.Optional;

/**
 * The tenant the current request, UI or background job works in. The platform sets it (from the
 * host name, the user's chosen membership or the API path, always checked against the user's
 * memberships); every Micronaut Data query on an entity with {@code @TenantId} is filtered by it.
 */
public interface CurrentTenant {

    Optional<String> id();

    default String require() {
        return id().orElseThrow(() -> new IllegalStateException("no current tenant"));
    }
}
