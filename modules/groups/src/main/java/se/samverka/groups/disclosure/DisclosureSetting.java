package se.samverka.groups.disclosure;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TenantId;
import io.micronaut.data.annotation.Version;
import se.samverka.platform.api.data.EditedRecord;

import java.time.Instant;

/** A tenant's disclosure threshold: counts from 1 to threshold − 1 are hidden in what leaves the officer. */
@MappedEntity("groups_settings")
public record DisclosureSetting(@Id @GeneratedValue @Nullable Long id,
                                @TenantId @Nullable String tenantId,
                                int suppressionThreshold,
                                Instant updatedAt,
                                String updatedBy,
                                @Version @Nullable Long version) implements EditedRecord {
}
