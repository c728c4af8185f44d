package se.samverka.partnerships.budget;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TenantId;
import io.micronaut.data.annotation.Version;
import io.micronaut.serde.annotation.Serdeable;
import se.samverka.platform.api.data.EditedRecord;

import java.time.Instant;

/** A line of a phase's approved budget: a cost category in an accounting year, in whole kronor. */
@Serdeable
@MappedEntity("partnerships_budget_line")
public record BudgetLine(@Id @GeneratedValue @Nullable Long id,
                         @TenantId @Nullable String tenantId,
                         long phaseId,
                         int budgetYear,
                         CostCategory category,
                         long amountSek,
                         Instant createdAt,
                         String createdBy,
                         Instant updatedAt,
                         String updatedBy,
                         @Version @Nullable Long version) implements EditedRecord {

    public static final String RECORD_TYPE = "partnership-budget-line";
    public static final String RECORD_LABEL = "partnerships.record.budget-line";
}
