package se.samverka.agreements.followup;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodStandingTest {

    /** 2024-H1, due 2024-07-30. */
    static final ReportingPeriod H1 = new ReportingPeriod(1L, "orust", 1, "2024-H1", LocalDate.of(2024, 1, 1),
            LocalDate.of(2024, 6, 30), LocalDate.of(2024, 7, 30));

    static PeriodStanding on(String day, ReportStatus report) {
        return PeriodStanding.of(H1, report, LocalDate.parse(day));
    }

    @Test
    void withoutAReportAPeriodRunsThenIsDueThenOverdue() {
        assertThat(on("2024-06-30", null)).isEqualTo(PeriodStanding.UPCOMING);
        assertThat(on("2024-07-01", null)).isEqualTo(PeriodStanding.DUE);
        assertThat(on("2024-07-30", null)).isEqualTo(PeriodStanding.DUE);
        assertThat(on("2024-07-31", null)).isEqualTo(PeriodStanding.OVERDUE);
        assertThat(on("2024-07-31", null).isOverdue()).isTrue();
    }

    @Test
    void aSubmittedOrAcceptedReportIsNeverOverdue() {
        assertThat(on("2025-01-01", ReportStatus.SUBMITTED)).isEqualTo(PeriodStanding.SUBMITTED);
        assertThat(on("2025-01-01", ReportStatus.ACCEPTED)).isEqualTo(PeriodStanding.ACCEPTED);
    }

    @Test
    void aReturnedReportStaysReturnedForCompletionAfterTheDueDate() {
        // issue 13, bug 9: past the due date it showed as "försenad", hiding that the officer asked for more
        assertThat(on("2024-07-15", ReportStatus.RETURNED)).isEqualTo(PeriodStanding.RETURNED);
        assertThat(on("2024-08-01", ReportStatus.RETURNED)).isEqualTo(PeriodStanding.RETURNED);
        assertThat(on("2024-08-01", ReportStatus.RETURNED).isOverdue()).isFalse();
    }
}
