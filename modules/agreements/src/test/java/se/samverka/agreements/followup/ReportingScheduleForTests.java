package se.samverka.agreements.followup;

import se.samverka.agreements.agreement.AgreementPeriod;
import se.samverka.agreements.agreement.ReportingFrequency;

import java.time.LocalDate;
import java.util.List;

/**
 * The module's own reporting schedule for test code in other packages (the benchmark's data
 * generator), so that generated periods are exactly the ones {@link ReportingPeriods} would keep.
 */
public final class ReportingScheduleForTests {

    /** One planned period: label (e.g. {@code 2025-H1}), first and last day, due date. */
    public record Period(String label, LocalDate startsOn, LocalDate endsOn, LocalDate dueOn) {
    }

    private ReportingScheduleForTests() {
    }

    public static List<Period> plan(LocalDate start, LocalDate end, ReportingFrequency frequency, int dueDays) {
        return ReportingSchedule.plan(new AgreementPeriod(start, end, 0), frequency, dueDays).stream()
                .map(p -> new Period(p.label(), p.startsOn(), p.endsOn(), p.dueOn()))
                .toList();
    }
}
