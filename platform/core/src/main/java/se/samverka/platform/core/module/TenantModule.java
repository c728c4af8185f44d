package se.samverka.platform.core.module;

import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedProperty;

import java.time.Instant;

/** Whether a module is enabled for a tenant; {@code version} refuses a concurrent overwrite. */
@MappedEntity("tenant_module")
public record TenantModule(@EmbeddedId Key key, boolean enabled, @Version Long version, Instant updatedAt,
                           String updatedBy) {

    @Embeddable
    public record Key(@MappedProperty("tenant_id") String tenantId, @MappedProperty("module_id") String moduleId) {
    }
}
