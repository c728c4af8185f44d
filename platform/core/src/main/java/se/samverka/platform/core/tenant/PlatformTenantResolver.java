package se.samverka.platform.core.tenant;

import io.micronaut.context.annotation.Primary;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.multitenancy.exceptions.TenantNotFoundException;
import io.micronaut.multitenancy.tenantresolver.TenantResolver;
import jakarta.inject.Singleton;
import se.samverka.platform.api.tenant.CurrentTenant;

import java.io.Serializable;
import java.util.Optional;

/**
 * The tenant Micronaut Data adds to every query on a {@code @TenantId} entity. Without a current
 * tenant it throws, so a query can never run unscoped and a save can never write a NULL tenant.
 */
@Primary
@Singleton
public class PlatformTenantResolver implements TenantResolver, CurrentTenant {

    /** Request attribute the API's tenant filter sets after checking the user's membership. */
    public static final String REQUEST_ATTRIBUTE = "samverka.tenant";

    @Override
    public Serializable resolveTenantIdentifier() throws TenantNotFoundException {
        return id().orElseThrow(() -> new TenantNotFoundException("No current tenant: tenant-owned data needs one"));
    }

    @Override
    public Optional<String> id() {
        Optional<String> fromThread = TenantContext.current();
        if (fromThread.isPresent()) {
            return fromThread;
        }
        return ServerRequestContext.currentRequest()
                .flatMap(request -> request.getAttribute(REQUEST_ATTRIBUTE, String.class));
    }
}
