package se.samverka.platform.core.tenant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A tenant as stored; its identity is overwritten from its file at every start-up. */
@MappedEntity("tenant")
public record Tenant(@Id String id, String name, TenantKind kind, @Nullable String organisationNumber, String hosts,
                     String locale, String brandColour, boolean suspended, Instant createdAt, Instant updatedAt) {

    public List<String> hostList() {
        return hosts.isBlank() ? List.of() : Arrays.asList(hosts.split(","));
    }
}
