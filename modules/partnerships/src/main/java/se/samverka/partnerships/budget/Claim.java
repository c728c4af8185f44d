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
import java.time.LocalDate;

/** A reimbursement claim to ICLD after a report (the Swedish partner pays first): claimed, and what came back. */
@Serdeable
@MappedEntity("partnerships_claim")
public record Claim(@Id @GeneratedValue @Nullable Long id,
                    @TenantId @Nullable String tenantId,
                    long phaseId,
                    LocalDate claimedOn,
                    long claimedSek,
                    @Nullable LocalDate receivedOn,
                    @Nullable Long receivedSek,
                    Instant createdAt,
                    String createdBy,
                    Instant updatedAt,
                    String updatedBy,
                    @Version @Nullable Long version) implements EditedRecord {

    public static final String RECORD_TYPE = "partnership-claim";
    public static final String RECORD_LABEL = "partnerships.record.claim";
}
