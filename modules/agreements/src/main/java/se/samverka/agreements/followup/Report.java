package se.samverka.agreements.followup;

import se.samverka.platform.api.data.Versioned;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TenantId;
import io.micronaut.data.annotation.Version;

import java.time.Instant;

/**
 * A partner's report for one reporting period (one per period: a returned report is corrected and
 * sent again, not replaced by a second one). The figures are rows of their own.
 *
 * @param reviewComment the officer's comment, required when the report is returned
 */
@MappedEntity("agreements_report")
public record Report(@Id @GeneratedValue @Nullable Long id,
                     @TenantId @Nullable String tenantId,
                     long agreementId,
                     long periodId,
                     ReportStatus status,
                     @Nullable String text,
                     Instant submittedAt,
                     String submittedBy,
                     @Nullable Instant reviewedAt,
                     @Nullable String reviewedBy,
                     @Nullable String reviewComment,
                     @Version @Nullable Long version) implements Versioned {

    @Override
    public java.util.Optional<String> lastEditor() {
        return java.util.Optional.ofNullable(lastChangedBy());
    }

    @Override
    public java.util.Optional<java.time.Instant> lastEdited() {
        return java.util.Optional.ofNullable(lastChangedAt());
    }


    /** Whoever touched the report last: the officer who reviewed it, or the partner who sent it since. */
    public String lastChangedBy() {
        return isReviewedSinceSubmission() ? reviewedBy : submittedBy;
    }

    public Instant lastChangedAt() {
        return isReviewedSinceSubmission() ? reviewedAt : submittedAt;
    }

    private boolean isReviewedSinceSubmission() {
        return reviewedAt != null && reviewedAt.isAfter(submittedAt);
    }

    Report resubmitted(@Nullable String newText, Instant now, String actor) {
        return new Report(id, tenantId, agreementId, periodId, ReportStatus.SUBMITTED, newText, now, actor,
                reviewedAt, reviewedBy, reviewComment, version);
    }

    Report reviewed(ReportStatus outcome, @Nullable String comment, Instant now, String actor) {
        return new Report(id, tenantId, agreementId, periodId, outcome, text, submittedAt, submittedBy, now, actor,
                comment, version);
    }
}
