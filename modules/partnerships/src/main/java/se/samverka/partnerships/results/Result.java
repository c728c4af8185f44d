package se.samverka.partnerships.results;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TenantId;
import io.micronaut.data.annotation.Version;
import io.micronaut.serde.annotation.Serdeable;
import se.samverka.platform.api.data.EditedRecord;

import java.time.Instant;

/** One statement of a partnership's results framework: its goal, an outcome, an output or an activity. */
@Serdeable
@MappedEntity("partnerships_result")
public record Result(@Id @GeneratedValue @Nullable Long id,
                     @TenantId @Nullable String tenantId,
                     long partnershipId,
                     @Nullable Long parentId,
                     ResultLevel level,
                     String text,
                     int position,
                     Instant createdAt,
                     String createdBy,
                     Instant updatedAt,
                     String updatedBy,
                     @Version @Nullable Long version) implements EditedRecord {

    public static final String RECORD_TYPE = "partnership-result";
    public static final String RECORD_LABEL = "partnerships.record.result";
}
