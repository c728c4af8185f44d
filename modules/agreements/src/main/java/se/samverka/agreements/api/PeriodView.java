package se.samverka.agreements.api;

import io.micronaut.core.annotation.Nullable;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import se.samverka.agreements.followup.PeriodOverview;
import se.samverka.agreements.followup.PeriodStanding;
import se.samverka.agreements.followup.ReportStatus;

import java.time.LocalDate;

/**
 * A reporting period, where it stands today and its report, if any.
 *
 * @param label   the calendar block, e.g. {@code 2025-H1}
 * @param overdue the due date has passed without a report to review
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PeriodView(long id, String label, LocalDate startsOn, LocalDate endsOn, LocalDate dueOn,
                         PeriodStanding standing, boolean overdue, @Nullable Long reportId,
                         @Nullable ReportStatus reportStatus) {

    static PeriodView of(PeriodOverview o) {
        return new PeriodView(o.period().id(), o.period().label(), o.period().startsOn(), o.period().endsOn(),
                o.period().dueOn(), o.standing(), o.standing().isOverdue(),
                o.report() == null ? null : o.report().id(), o.report() == null ? null : o.report().status());
    }
}
