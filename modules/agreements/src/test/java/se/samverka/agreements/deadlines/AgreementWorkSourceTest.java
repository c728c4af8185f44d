package se.samverka.agreements.deadlines;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.samverka.agreements.TestAgreements;
import se.samverka.agreements.TestPortal;
import se.samverka.agreements.agreement.AgreementDetails;
import se.samverka.agreements.followup.PeriodOverview;
import se.samverka.agreements.followup.ReportDetails;
import se.samverka.agreements.followup.ReportSubmission;
import se.samverka.agreements.followup.ReportingPeriod;
import se.samverka.agreements.followup.ReportingPeriods;
import se.samverka.agreements.followup.Reports;
import se.samverka.platform.api.security.CurrentUser.PortalUser;
import se.samverka.platform.api.work.Urgency;
import se.samverka.platform.api.work.WorkItem;
import se.samverka.platform.core.testing.MovableClock;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static se.samverka.agreements.TestPortal.TENANT_C;
import static se.samverka.agreements.TestPortal.TENANT_B;
import static se.samverka.agreements.TestPortal.as;
import static se.samverka.agreements.TestPortal.officer;

/** The agreements' part of "My work": what each kind of user has to do, from the database, in their sight only. */
class AgreementWorkSourceTest {

    final AgreementWorkSource source = TestPortal.bean(AgreementWorkSource.class);

    String alias;
    PortalUser partner;
    AgreementDetails agreement;

    @BeforeEach
    void anActiveAgreementFrom2024WithHalfYearlyReportsNoneSubmitted() {
        MovableClock.today(LocalDate.of(2025, 3, 1));
        alias = TestAgreements.alias("work");
        partner = TestPortal.partner(alias, TENANT_C);
        agreement = as(officer(TENANT_C), TENANT_C, () -> TestAgreements.active(TestAgreements.partner(alias).id()));
    }

    @AfterEach
    void realTime() {
        MovableClock.reset();
    }

    List<WorkItem> workOf(PortalUser user, String tenant, LocalDate today) {
        String prefix = "agreement-" + agreement.id() + ".";
        return as(user, tenant, () -> source.work(today)).stream().filter(i -> i.uid().startsWith(prefix)).toList();
    }

    @Test
    void reportsNotInAreOverdueForTheOfficerAndThePartnerEachSaidTheirWay() {
        LocalDate today = LocalDate.of(2025, 3, 1);

        List<WorkItem> officers = workOf(officer(TENANT_C), TENANT_C, today);
        assertThat(officers).extracting(WorkItem::urgency, WorkItem::date)
                .contains(tuple(Urgency.OVERDUE, LocalDate.of(2025, 1, 30)));
        WorkItem h2 = officers.stream().filter(i -> i.date().equals(LocalDate.of(2025, 1, 30))).findFirst().orElseThrow();
        assertThat(h2.todo().sv()).isEqualTo("Rapporten för 2024-H2 skulle ha lämnats senast 2025-01-30 och har inte kommit in. Påminn organisationen.");
        assertThat(h2.todo().en()).startsWith("The report for 2024-H2 was due by 2025-01-30");
        assertThat(h2.what().sv()).contains("2024-H2").contains(agreement.agreement().title());
        assertThat(h2.link()).isEqualTo("agreements/" + agreement.id() + "?tab=follow-up");

        List<WorkItem> partners = workOf(partner, TENANT_C, today);
        assertThat(partners).extracting(WorkItem::uid).containsExactlyInAnyOrderElementsOf(officers.stream().map(WorkItem::uid).toList());
        assertThat(partners).extracting(i -> i.todo().sv()).contains("Rapporten för 2024-H2 skulle ha lämnats senast 2025-01-30. Lämna den så snart som möjligt.");

        // another organisation, and the same agreement's id in another tenant, have none of it
        assertThat(workOf(TestPortal.partner(TestAgreements.alias("other"), TENANT_C), TENANT_C, today)).isEmpty();
        assertThat(workOf(officer(TENANT_B), TENANT_B, today)).isEmpty();
    }

    @Test
    void anOfficersListHoldsTheAgreementsTheyAreResponsibleForAndThoseNobodyIs() throws Exception {
        LocalDate today = LocalDate.of(2025, 3, 1);
        assertThat(workOf(officer(TENANT_C), TENANT_C, today)).as("nobody is responsible: everybody's").isNotEmpty();

        responsible(agreement.id(), "officer.someone-else");
        assertThat(workOf(officer(TENANT_C), TENANT_C, today)).as("another officer's agreement").isEmpty();
        assertThat(workOf(TestPortal.admin(TENANT_C), TENANT_C, today)).as("the administrator sees the tenant's").isNotEmpty();

        responsible(agreement.id(), officer(TENANT_C).username());
        assertThat(workOf(officer(TENANT_C), TENANT_C, today)).as("one of its responsible officers").isNotEmpty();
    }

    /** Chooses a responsible officer in the database: the test portal's directory has no officers to choose from. */
    static void responsible(long agreementId, String username) throws java.sql.SQLException {
        try (java.sql.Connection connection = TestPortal.shared().database().connect();
             java.sql.PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO agreements_responsible (tenant_id, agreement_id, username) VALUES (?, ?, ?)")) {
            insert.setString(1, TENANT_C);
            insert.setLong(2, agreementId);
            insert.setString(3, username);
            insert.executeUpdate();
        }
    }

    @Test
    void aSubmittedReportWaitsForTheOfficerAndAReturnedOneWaitsForThePartnerWithTheComment() {
        LocalDate today = LocalDate.of(2025, 3, 1);
        ReportingPeriod h2 = as(officer(TENANT_C), TENANT_C, () -> TestPortal.bean(ReportingPeriods.class).overview(agreement.id()))
                .stream().map(PeriodOverview::period).filter(p -> p.label().equals("2024-H2")).findFirst().orElseThrow();
        ReportDetails submitted = as(partner, TENANT_C, () -> TestPortal.bean(Reports.class).submit(h2.id(), null,
                new ReportSubmission(List.of(), "Verksamheten har gått enligt plan.")));

        WorkItem review = workOf(officer(TENANT_C), TENANT_C, today).stream()
                .filter(i -> i.uid().endsWith(".review.2024-H2")).findFirst().orElseThrow();
        assertThat(review.urgency()).isEqualTo(Urgency.WAITING);
        assertThat(review.todo().sv()).startsWith("Granska rapporten som lämnades 2025-03-01");
        assertThat(workOf(partner, TENANT_C, today)).extracting(WorkItem::uid).noneMatch(uid -> uid.endsWith("2024-H2"));

        as(officer(TENANT_C), TENANT_C, () -> TestPortal.bean(Reports.class).returnForCorrection(submitted.report().id(),
                submitted.report().version(), "Komplettera med antalet träffar."));

        List<WorkItem> partners = workOf(partner, TENANT_C, today).stream().filter(i -> i.uid().endsWith("2024-H2")).toList();
        assertThat(partners).singleElement().satisfies(item -> {
            assertThat(item.urgency()).isEqualTo(Urgency.OVERDUE);
            assertThat(item.todo().sv()).isEqualTo("Rapporten har skickats tillbaka för komplettering: ”Komplettera med antalet träffar.” "
                    + "Komplettera den och lämna den igen.");
        });
        assertThat(workOf(officer(TENANT_C), TENANT_C, today)).extracting(WorkItem::uid)
                .doesNotContain(review.uid()).contains("agreement-" + agreement.id() + ".report.2024-H2");
    }

    @Test
    void renewalTalksPastTheirDateAndAnEndingAgreementAreTheOfficersAndNotThePartners() {
        LocalDate july = LocalDate.of(2026, 7, 15);
        MovableClock.today(july);
        assertThat(workOf(officer(TENANT_C), TENANT_C, july)).filteredOn(i -> i.uid().endsWith(".renewal")).singleElement()
                .satisfies(item -> {
                    assertThat(item.urgency()).isEqualTo(Urgency.OVERDUE);
                    assertThat(item.date()).isEqualTo(LocalDate.of(2026, 6, 30));
                    assertThat(item.todo().sv()).startsWith("Förnyelsediskussionen skulle ha inletts senast 2026-06-30.");
                    assertThat(item.link()).isEqualTo("agreements/" + agreement.id());
                });
        assertThat(workOf(officer(TENANT_C), TENANT_C, july)).noneMatch(i -> i.uid().endsWith(".end"));

        LocalDate december = LocalDate.of(2026, 12, 10);
        MovableClock.today(december);
        assertThat(workOf(officer(TENANT_C), TENANT_C, december)).filteredOn(i -> i.uid().endsWith(".end")).singleElement()
                .satisfies(item -> {
                    assertThat(item.urgency()).isEqualTo(Urgency.DUE_SOON);
                    assertThat(item.todo().sv()).isEqualTo("Överenskommelsen upphör 2026-12-31. Se till att förnyelsen eller avslutet är beslutat.");
                });
        assertThat(workOf(partner, TENANT_C, december)).noneMatch(i -> i.uid().endsWith(".end") || i.uid().endsWith(".renewal")
                || i.uid().contains(".meetings."));
    }
}
