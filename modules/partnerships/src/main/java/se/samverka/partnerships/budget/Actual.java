package se.samverka.partnerships.budget;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TenantId;
import io.micronaut.data.annotation.Version;
import io.micronaut.serde.annotation.Serdeable;
import se.samverka.platform.api.data.EditedRecord;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A cost paid, in kronor, with the original currency and amount when it was paid abroad. */
@Serdeable
@MappedEntity("partnerships_actual")
public record Actual(@Id @GeneratedValue @Nullable Long id,
                     @TenantId @Nullable String tenantId,
                     long phaseId,
                     CostCategory category,
                     LocalDate spentOn,
                     long amountSek,
                     @Nullable String originalCurrency,
                     @Nullable BigDecimal originalAmount,
                     @Nullable String description,
                     @Nullable Long visitId,
                     Instant createdAt,
                     String createdBy,
                     Instant updatedAt,
                     String updatedBy,
                     @Version @Nullable Long version) implements EditedRecord {

    public static final String RECORD_TYPE = "partnership-actual";
    public static final String RECORD_LABEL = "partnerships.record.actual";

    public ActualDetails details() {
        return new ActualDetails(category, spentOn, amountSek, originalCurrency, originalAmount, description, visitId);
    }
}
