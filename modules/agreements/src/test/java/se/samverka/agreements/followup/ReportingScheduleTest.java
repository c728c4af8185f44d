package se.samverka.agreements.followup;

import org.junit.jupiter.api.Test;
import se.samverka.agreements.agreement.AgreementPeriod;
import se.samverka.agreements.agreement.ReportingFrequency;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ReportingScheduleTest {

    @Test
    void seed003ReportsAtEveryHalfYearOfItsThreeYears() {
        var periods = ReportingSchedule.plan(AgreementPeriod.of(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31)),
                ReportingFrequency.HALF_YEARLY, 30);

        assertThat(periods).extracting(PlannedPeriod::label)
                .containsExactly("2024-H1", "2024-H2", "2025-H1", "2025-H2", "2026-H1", "2026-H2");
        assertThat(periods.get(0)).isEqualTo(new PlannedPeriod("2024-H1", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30),
                LocalDate.of(2024, 7, 30)));
        assertThat(periods.get(5).endsOn()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(periods.get(5).dueOn()).isEqualTo(LocalDate.of(2027, 1, 30));
    }

    @Test
    void periodsAreCalendarBlocksClippedToTheAgreement() {
        var periods = ReportingSchedule.plan(AgreementPeriod.of(LocalDate.of(2024, 3, 15), LocalDate.of(2024, 11, 30)),
                ReportingFrequency.HALF_YEARLY, 0);

        assertThat(periods).containsExactly(
                new PlannedPeriod("2024-H1", LocalDate.of(2024, 3, 15), LocalDate.of(2024, 6, 30), LocalDate.of(2024, 6, 30)),
                new PlannedPeriod("2024-H2", LocalDate.of(2024, 7, 1), LocalDate.of(2024, 11, 30), LocalDate.of(2024, 11, 30)));
    }

    @Test
    void quarterlyAndYearlyReportsFollowTheCalendarToo() {
        AgreementPeriod period = AgreementPeriod.of(LocalDate.of(2024, 2, 1), LocalDate.of(2025, 1, 31));

        assertThat(ReportingSchedule.plan(period, ReportingFrequency.QUARTERLY, 30)).extracting(PlannedPeriod::label)
                .containsExactly("2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4", "2025-Q1");
        assertThat(ReportingSchedule.plan(period, ReportingFrequency.YEARLY, 90)).extracting(PlannedPeriod::label, PlannedPeriod::dueOn)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2024", LocalDate.of(2025, 3, 31)),
                        org.assertj.core.groups.Tuple.tuple("2025", LocalDate.of(2025, 5, 1)));
    }

    @Test
    void aDraftWithoutPeriodHasNoReports() {
        assertThat(ReportingSchedule.plan(new AgreementPeriod(null, LocalDate.of(2025, 1, 1), 6), ReportingFrequency.HALF_YEARLY, 30))
                .isEmpty();
    }
}
