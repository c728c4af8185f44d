package se.samverka.agreements.followup;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;

/**
 * Where a reporting period stands on a given day. A report is overdue when its due date has passed
 * and nothing the officer can review is there: no report, or one that was returned and not sent
 * back. Plain code.
 */
public enum PeriodStanding {
    /** The period has not ended yet. */
    UPCOMING,
    /** The period has ended, the report is not yet due. */
    DUE,
    /** The due date has passed without a report to review. */
    OVERDUE,
    /** Submitted, waiting for review. */
    SUBMITTED,
    /** Returned to the partner with a comment, not yet overdue. */
    RETURNED,
    /** Accepted: done. */
    ACCEPTED;

    public static PeriodStanding of(ReportingPeriod period, @Nullable ReportStatus report, LocalDate today) {
        if (report == ReportStatus.ACCEPTED) {
            return ACCEPTED;
        }
        if (report == ReportStatus.SUBMITTED) {
            return SUBMITTED;
        }
        if (today.isAfter(period.dueOn())) {
            return OVERDUE;
        }
        if (report == ReportStatus.RETURNED) {
            return RETURNED;
        }
        return today.isAfter(period.endsOn()) ? DUE : UPCOMING;
    }

    public boolean isOverdue() {
        return this == OVERDUE;
    }
}
