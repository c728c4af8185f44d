package se.samverka.agreements.followup;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;

/**
 * Where a reporting period stands on a given day. A report is overdue when its due date has passed
 * and no report is there. A returned report stays "returned for completion" after the due date: the
 * partner did report, and what they need to know is that the officer wants it completed, not that it is
 * late (issue 13, bug 9: it showed as "försenad"). Plain code.
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
    /** Returned to the partner with a comment, to be completed and sent again (before or after the due date). */
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
        if (report == ReportStatus.RETURNED) {
            return RETURNED;
        }
        if (today.isAfter(period.dueOn())) {
            return OVERDUE;
        }
        return today.isAfter(period.endsOn()) ? DUE : UPCOMING;
    }

    public boolean isOverdue() {
        return this == OVERDUE;
    }
}
