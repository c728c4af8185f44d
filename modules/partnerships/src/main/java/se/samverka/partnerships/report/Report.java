package se.samverka.partnerships.report;

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

/** A report to ICLD that has been started (a scheduled one that has not is {@link ReportStatus#DUE} without a row). */
@Serdeable
@MappedEntity("partnerships_report")
public record Report(@Id @GeneratedValue @Nullable Long id,
                     @TenantId @Nullable String tenantId,
                     long partnershipId,
                     long phaseId,
                     ReportKind kind,
                     int accountingYear,
                     LocalDate dueOn,
                     ReportStatus status,
                     @Nullable String achievements,
                     @Nullable String deviations,
                     @Nullable String challenges,
                     @Nullable String lessons,
                     @Nullable LocalDate submittedOn,
                     @Nullable LocalDate approvedOn,
                     Instant createdAt,
                     String createdBy,
                     Instant updatedAt,
                     String updatedBy,
                     @Version @Nullable Long version) implements EditedRecord {

    public static final String RECORD_TYPE = "partnership-report";
    public static final String RECORD_LABEL = "partnerships.record.report";

    public Narrative narrative() {
        return new Narrative(achievements, deviations, challenges, lessons);
    }

    Report with(Narrative n, ReportStatus newStatus, LocalDate submitted, LocalDate approved, Instant now, String actor) {
        return new Report(id, tenantId, partnershipId, phaseId, kind, accountingYear, dueOn, newStatus, n.achievements(),
                n.deviations(), n.challenges(), n.lessons(), submitted, approved, createdAt, createdBy, now, actor, version);
    }
}
