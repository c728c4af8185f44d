package se.samverka.agreements.followup;

import io.micronaut.core.annotation.Nullable;

/** A reporting period with its report, if any, and where it stands today. */
public record PeriodOverview(ReportingPeriod period, @Nullable Report report, PeriodStanding standing) {
}
