package se.samverka.partnerships.results;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.annotation.TenantId;
import io.micronaut.data.annotation.Version;
import io.micronaut.serde.annotation.Serdeable;
import se.samverka.platform.api.data.EditedRecord;

import java.time.Instant;
import java.util.List;

/** An indicator of a result: what is measured, at which level, from what baseline to what target, and how verified. */
@Serdeable
@MappedEntity("partnerships_indicator")
public record Indicator(@Id @GeneratedValue @Nullable Long id,
                        @TenantId @Nullable String tenantId,
                        long partnershipId,
                        long resultId,
                        String name,
                        ChangeLevel level,
                        @Nullable String baseline,
                        @Nullable String target,
                        @Nullable String verification,
                        @MappedProperty(converter = YearValuesConverter.class) List<YearValue> actuals,
                        Instant createdAt,
                        String createdBy,
                        Instant updatedAt,
                        String updatedBy,
                        @Version @Nullable Long version) implements EditedRecord {

    public static final String RECORD_TYPE = "partnership-indicator";
    public static final String RECORD_LABEL = "partnerships.record.indicator";

    public IndicatorDetails details() {
        return new IndicatorDetails(resultId, name, level, baseline, target, verification, actuals);
    }
}
