package se.samverka.partnerships.report;

import org.junit.jupiter.api.Test;
import se.samverka.partnerships.Fixture;
import se.samverka.partnerships.TestPortal;
import se.samverka.partnerships.phase.PhaseDetails;
import se.samverka.partnerships.phase.PhaseKind;
import se.samverka.partnerships.phase.PhaseStatus;
import se.samverka.partnerships.phase.Phases;
import se.samverka.platform.api.refusal.Refusal;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samverka.partnerships.TestPortal.ALMHULT;
import static se.samverka.platform.core.testing.TestUsers.as;
import static se.samverka.platform.core.testing.TestUsers.officer;

/** Reports follow from granted phases: a final report after an inception, an annual report per project year. */
class ReportsTest {

    static Reports reports() {
        return TestPortal.bean(Reports.class);
    }

    @Test
    void theScheduleFollowsThePhasesAndAReportIsWrittenSubmittedWhenCompleteAndApproved() {
        Fixture f = Fixture.inAlmhult();
        long p = f.partnership().id();
        as(officer(ALMHULT), ALMHULT, () -> TestPortal.bean(Phases.class).add(p, new PhaseDetails(PhaseKind.PROJECT, 1,
                LocalDate.of(2021, 3, 1), LocalDate.of(2022, 2, 28), PhaseStatus.GRANTED, null, 480_000L, null, null, List.of())));
        List<ScheduledReport> schedule = as(officer(ALMHULT), ALMHULT, () -> reports().schedule(p));
        assertThat(schedule).extracting(r -> r.kind() + " " + r.accountingYear() + " " + r.dueOn() + " " + r.status())
                .containsExactly("FINAL 2020 2020-08-30 DUE", "ANNUAL 2021 2022-01-31 DUE", "ANNUAL 2022 2023-01-31 DUE");

        Report draft = as(officer(ALMHULT), ALMHULT, () -> reports().start(f.inception().id(), ReportKind.FINAL, 2020,
                new Narrative("Två besök", null, null, null)));
        assertThatThrownBy(() -> as(officer(ALMHULT), ALMHULT, () -> reports().submit(draft.id(), draft.version(), null)))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.field()).contains("deviations"));
        Report written = as(officer(ALMHULT), ALMHULT, () -> reports().write(draft.id(), draft.version(),
                new Narrative("Två besök", "Återbesöket ställdes in", "Uppkopplingen", "Brukarna först")));
        Report submitted = as(officer(ALMHULT), ALMHULT, () -> reports().submit(written.id(), written.version(), LocalDate.of(2020, 8, 28)));
        assertThat(submitted.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThatThrownBy(() -> as(officer(ALMHULT), ALMHULT, () -> reports().write(submitted.id(), submitted.version(),
                Narrative.empty()))).as("a submitted report is not changed").isInstanceOf(Refusal.class);
        assertThat(as(officer(ALMHULT), ALMHULT, () -> reports().approve(submitted.id(), submitted.version(), null)).status())
                .isEqualTo(ReportStatus.APPROVED);
        assertThatThrownBy(() -> as(officer(ALMHULT), ALMHULT, () -> reports().start(f.inception().id(), ReportKind.ANNUAL, 2020,
                null))).isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.field()).contains("accountingYear"));
    }
}
