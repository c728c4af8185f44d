package se.samverka.partnerships.deadlines;

import org.junit.jupiter.api.Test;
import se.samverka.platform.api.work.Urgency;
import se.samverka.platform.api.work.WorkSource;
import se.samverka.partnerships.Fixture;
import se.samverka.partnerships.TestPortal;
import se.samverka.partnerships.report.Narrative;
import se.samverka.partnerships.report.Report;
import se.samverka.partnerships.report.ReportKind;
import se.samverka.partnerships.report.Reports;
import se.samverka.partnerships.round.Round;
import se.samverka.partnerships.round.RoundDetails;
import se.samverka.partnerships.round.Rounds;
import se.samverka.platform.api.jobs.DailyJobRunner;
import se.samverka.platform.api.refusal.NotPermitted;
import se.samverka.platform.api.refusal.Refusal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samverka.partnerships.TestPortal.ALMHULT;
import static se.samverka.partnerships.TestPortal.ORUST;
import static se.samverka.platform.core.testing.TestUsers.as;
import static se.samverka.platform.core.testing.TestUsers.officer;
import static se.samverka.platform.core.testing.TestUsers.reader;

/**
 * What is due: the end of a granted phase and the report after it from 30 days ahead, the report until it is sent
 * (overdue after its day), an application round until it closes; in the tenant's own calendars only.
 */
class PartnershipDeadlinesTest {

    private static PartnershipDeadlines deadlines() {
        return TestPortal.bean(PartnershipDeadlines.class);
    }

    /** The deadlines of the fixture's partnership standing on the day, as "kind date". */
    private static List<String> standing(Fixture f, LocalDate day) {
        return as(reader(ALMHULT), ALMHULT, () -> deadlines().standingOn(day)).stream()
                .filter(d -> d.uid().startsWith("partnerships:" + f.partnership().id() + ":"))
                .map(d -> d.kind() + " " + d.date() + (d.isOverdueOn(day) ? " overdue" : "")).toList();
    }

    @Test
    void thePhasesEndAndItsFinalReportAreAskedForThirtyDaysAheadAndTheReportUntilItIsSubmitted() {
        Fixture f = Fixture.inAlmhult(); // inception 2020-01-15 – 2020-06-30: final report due 2020-08-30

        assertThat(standing(f, LocalDate.of(2020, 5, 30))).isEmpty();
        assertThat(standing(f, LocalDate.of(2020, 6, 1))).containsExactly("PHASE_ENDING 2020-06-30");
        assertThat(standing(f, LocalDate.of(2020, 7, 31))).as("the phase has ended; its report is asked for")
                .containsExactly("FINAL_REPORT_DUE 2020-08-30");
        assertThat(standing(f, LocalDate.of(2020, 10, 1))).containsExactly("FINAL_REPORT_DUE 2020-08-30 overdue");

        Report draft = as(officer(ALMHULT), ALMHULT, () -> TestPortal.bean(Reports.class).start(f.inception().id(), ReportKind.FINAL,
                2020, new Narrative("Två besök", "Inga", "Tidsskillnaden", "Politikerna först")));
        assertThat(standing(f, LocalDate.of(2020, 10, 1))).as("a draft is not sent").hasSize(1);
        as(officer(ALMHULT), ALMHULT, () -> TestPortal.bean(Reports.class).submit(draft.id(), draft.version(), LocalDate.of(2020, 10, 2)));
        assertThat(standing(f, LocalDate.of(2020, 10, 3))).isEmpty();

        assertThat(as(reader(ALMHULT), ALMHULT, () -> deadlines().between(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31))))
                .filteredOn(d -> d.uid().startsWith("partnerships:" + f.partnership().id() + ":"))
                .extracting(d -> d.kind() + " " + d.link())
                .containsExactly("PHASE_ENDING partnerships/" + f.partnership().id() + "?tab=phases");
        assertThat(as(officer(ORUST), ORUST, () -> deadlines().between(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31))))
                .as("another tenant's calendar").noneMatch(d -> d.uid().startsWith("partnerships:" + f.partnership().id() + ":"));
    }

    @Test
    void anApplicationRoundTheTenantEntersStandsUntilItClosesAndOnlyChangersKeepRounds() {
        Rounds rounds = TestPortal.bean(Rounds.class);
        Round round = as(officer(ALMHULT), ALMHULT, () -> rounds.add(new RoundDetails("ICLD:s projektansökan 2031", LocalDate.of(2031, 10, 1))));
        String uid = "partnerships:round:" + round.id();

        assertThat(as(reader(ALMHULT), ALMHULT, () -> deadlines().standingOn(LocalDate.of(2031, 9, 1)))).extracting(PartnershipDeadline::uid).contains(uid);
        assertThat(as(reader(ALMHULT), ALMHULT, () -> deadlines().standingOn(LocalDate.of(2031, 10, 2)))).extracting(PartnershipDeadline::uid).doesNotContain(uid);
        assertThat(as(officer(ORUST), ORUST, () -> rounds.find(round.id()))).isEmpty();

        assertThatThrownBy(() -> as(reader(ALMHULT), ALMHULT, () -> rounds.add(new RoundDetails("x", LocalDate.of(2031, 1, 1)))))
                .isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> as(officer(ALMHULT), ALMHULT, () -> rounds.add(new RoundDetails(" ", LocalDate.of(2031, 1, 1)))))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.field()).contains("name"));
        assertThatThrownBy(() -> as(officer(ALMHULT), ALMHULT, () -> rounds.add(new RoundDetails("Omgång", null))))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.field()).contains("closesOn"));

        Round moved = as(officer(ALMHULT), ALMHULT, () -> rounds.update(round.id(), round.version(),
                new RoundDetails(round.name(), LocalDate.of(2031, 10, 15))));
        assertThatThrownBy(() -> as(officer(ALMHULT), ALMHULT, () -> rounds.update(round.id(), round.version(), round.details())))
                .as("a stale version").isInstanceOf(Exception.class);
        as(officer(ALMHULT), ALMHULT, () -> {
            rounds.remove(moved.id());
            return null;
        });
        assertThat(as(reader(ALMHULT), ALMHULT, () -> rounds.find(round.id()))).isEmpty();
    }

    @Test
    void theCaseOfficersAreRemindedOfAReportOnceHoweverOftenTheJobRunsAndAgainWhenItIsOverdue() throws Exception {
        Fixture f = Fixture.inAlmhult();
        DailyJobRunner runner = TestPortal.bean(DailyJobRunner.class);
        PartnershipReminders reminders = TestPortal.bean(PartnershipReminders.class);
        LocalDate asked = LocalDate.of(2020, 8, 1);

        runner.runFor(reminders, asked);
        int again = runner.runFor(reminders, asked);
        runner.runFor(reminders, LocalDate.of(2020, 9, 1));

        assertThat(again).isZero();
        assertThat(notices("partnerships:" + f.partnership().id() + ":report:%:due:%")).isPositive();
        assertThat(notices("partnerships:" + f.partnership().id() + ":report:%:overdue:%"))
                .isEqualTo(notices("partnerships:" + f.partnership().id() + ":report:%:due:%"));
    }

    private static int notices(String keyPattern) throws Exception {
        try (Connection c = TestPortal.shared().database().connect();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM notification WHERE tenant_id = ? AND notice_key LIKE ?")) {
            s.setString(1, ALMHULT);
            s.setString(2, keyPattern);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    @Test
    void anOverdueFinalReportIsOverdueWorkInMyWorkAndAnEndingPhaseDueSoon() {
        Fixture f = Fixture.inAlmhult(); // inception 2020-01-15 – 2020-06-30: final report due 2020-08-30
        WorkSource source = TestPortal.shared().context().getBeansOfType(WorkSource.class).stream()
                .filter(s -> s.moduleId().equals("partnerships")).findFirst().orElseThrow();
        String prefix = "partnerships:" + f.partnership().id() + ":";

        assertThat(as(reader(ALMHULT), ALMHULT, () -> source.work(LocalDate.of(2020, 6, 1))))
                .filteredOn(item -> item.uid().startsWith(prefix)).singleElement()
                .satisfies(item -> assertThat(item.urgency()).isEqualTo(Urgency.DUE_SOON));
        assertThat(as(reader(ALMHULT), ALMHULT, () -> source.work(LocalDate.of(2020, 10, 1))))
                .filteredOn(item -> item.uid().startsWith(prefix)).singleElement().satisfies(item -> {
                    assertThat(item.urgency()).isEqualTo(Urgency.OVERDUE);
                    assertThat(item.date()).isEqualTo(LocalDate.of(2020, 8, 30));
                    assertThat(item.todo().sv()).startsWith("Förberedelsefasens slutrapport");
                });
        assertThat(as(officer(ORUST), ORUST, () -> source.work(LocalDate.of(2020, 10, 1))))
                .as("another tenant's work").noneMatch(item -> item.uid().startsWith(prefix));
    }
}
