package se.samverka.agreements.deadlines;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.samverka.agreements.TestAgreements;
import se.samverka.agreements.TestPortal;
import se.samverka.agreements.agreement.AgreementDetails;
import se.samverka.agreements.followup.PeriodOverview;
import se.samverka.agreements.followup.ReportSubmission;
import se.samverka.agreements.followup.ReportingPeriod;
import se.samverka.agreements.followup.ReportingPeriods;
import se.samverka.agreements.followup.Reports;
import se.samverka.agreements.steering.MeetingDetails;
import se.samverka.agreements.steering.MeetingStatus;
import se.samverka.agreements.steering.SteeringMeetings;
import se.samverka.platform.api.security.CurrentUser.PortalUser;
import se.samverka.platform.core.testing.MovableClock;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static se.samverka.agreements.TestPortal.TENANT_A;
import static se.samverka.agreements.TestPortal.TENANT_B;
import static se.samverka.agreements.TestPortal.as;
import static se.samverka.agreements.TestPortal.officer;

/** The deadlines of agreements, computed in the database, for whom may see them. */
class AgreementDeadlinesTest {

    final AgreementDeadlines deadlines = TestPortal.bean(AgreementDeadlines.class);

    String aliasX;
    String aliasY;
    AgreementDetails agreementX;
    AgreementDetails agreementY;

    static <T> T asOfficer(Supplier<T> work) {
        return as(officer(TENANT_A), TENANT_A, work);
    }

    /** The deadlines of one agreement only: other tests' agreements share the tenant. */
    static List<Deadline> of(AgreementDetails agreement, List<Deadline> all) {
        return all.stream().filter(d -> d.agreementId() == agreement.id()).toList();
    }

    @BeforeEach
    void twoActiveAgreementsWithPartnersXAndYOnTheFirstOfMarch2025() {
        MovableClock.today(LocalDate.of(2025, 3, 1));
        aliasX = TestAgreements.alias("dl-x");
        aliasY = TestAgreements.alias("dl-y");
        agreementX = asOfficer(() -> TestAgreements.active(TestAgreements.partner(aliasX).id()));
        agreementY = asOfficer(() -> TestAgreements.active(TestAgreements.partner(aliasY).id()));
    }

    @AfterEach
    void realTime() {
        MovableClock.reset();
    }

    @Test
    void renewalTalksAndTheEndOfThePeriodAreDeadlinesOnTheirDates() {
        LocalDate renewal = agreementX.agreement().renewalTalksStart();
        assertThat(renewal).isEqualTo(LocalDate.of(2026, 6, 30));

        List<Deadline> in2026 = of(agreementX, asOfficer(() -> deadlines.upcoming(LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), AgreementDeadlines.MAX)));

        assertThat(in2026).extracting(Deadline::kind, Deadline::date)
                .contains(tuple(DeadlineKind.RENEWAL_TALKS, renewal), tuple(DeadlineKind.AGREEMENT_END, TestAgreements.END));
        assertThat(in2026).allSatisfy(d -> {
            assertThat(d.registryNumber()).isEqualTo(agreementX.agreement().registryNumber());
            assertThat(d.link()).isEqualTo("agreements/" + agreementX.id());
        });
    }

    @Test
    void aReportIsDueOnItsDueDateUntilItIsSubmitted() {
        ReportingPeriod period = asOfficer(() -> TestPortal.bean(ReportingPeriods.class).overview(agreementX.id())).stream()
                .map(PeriodOverview::period).filter(p -> p.label().equals("2024-H2")).findFirst().orElseThrow();
        LocalDate from = LocalDate.of(2025, 1, 1);
        LocalDate to = LocalDate.of(2025, 2, 28);

        assertThat(of(agreementX, asOfficer(() -> deadlines.upcoming(from, to, AgreementDeadlines.MAX))))
                .extracting(Deadline::kind, Deadline::date, Deadline::detail)
                .containsExactly(tuple(DeadlineKind.REPORT_DUE, LocalDate.of(2025, 1, 30), "2024-H2"));

        PortalUser partner = TestPortal.partner(aliasX, TENANT_A);
        as(partner, TENANT_A, () -> TestPortal.bean(Reports.class).submit(period.id(), null,
                new ReportSubmission(List.of(), "Verksamheten har gått enligt plan.")));

        assertThat(of(agreementX, asOfficer(() -> deadlines.upcoming(from, to, AgreementDeadlines.MAX)))).isEmpty();
    }

    @Test
    void fewerMeetingsThanTheMinimumInAYearAreADeadlineOnTheFirstOfOctoberUntilEnoughArePlanned() {
        LocalDate from = LocalDate.of(2025, 9, 1);
        LocalDate to = LocalDate.of(2025, 10, 31);
        assertThat(of(agreementX, asOfficer(() -> deadlines.upcoming(from, to, AgreementDeadlines.MAX))))
                .extracting(Deadline::kind, Deadline::date, Deadline::detail)
                .containsExactly(tuple(DeadlineKind.MEETING_SHORTFALL, LocalDate.of(2025, 10, 1), "0/2"));

        SteeringMeetings meetings = TestPortal.bean(SteeringMeetings.class);
        asOfficer(() -> meetings.add(agreementX.id(), new MeetingDetails(MeetingStatus.HELD, LocalDate.of(2025, 2, 10),
                List.of("Ordförande"), "Protokoll", null)));
        assertThat(of(agreementX, asOfficer(() -> deadlines.upcoming(from, to, AgreementDeadlines.MAX))))
                .extracting(Deadline::detail).containsExactly("1/2");
        asOfficer(() -> meetings.add(agreementX.id(), new MeetingDetails(MeetingStatus.PLANNED, LocalDate.of(2025, 2, 20),
                List.of("Ordförande"), null, null)));
        assertThat(of(agreementX, asOfficer(() -> deadlines.upcoming(from, to, AgreementDeadlines.MAX))))
                .as("a meeting still planned after its day (today is 1 March) does not count").extracting(Deadline::detail)
                .containsExactly("1/2");

        asOfficer(() -> meetings.add(agreementX.id(), new MeetingDetails(MeetingStatus.PLANNED, LocalDate.of(2025, 11, 20),
                List.of("Ordförande"), null, null)));
        assertThat(of(agreementX, asOfficer(() -> deadlines.upcoming(from, to, AgreementDeadlines.MAX)))).isEmpty();
    }

    @Test
    void theNextDeadlinesComeSoonestFirstAndNoMoreThanAsked() {
        List<Deadline> next = asOfficer(() -> deadlines.upcoming(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31), 5));

        assertThat(next).hasSize(5);
        assertThat(next).extracting(Deadline::date).isSorted();
    }

    @Test
    void draftsHaveNoDeadlines() {
        AgreementDetails draft = asOfficer(() -> TestAgreements.draft(TestAgreements.partner(TestAgreements.alias("dl-d")).id()));

        assertThat(of(draft, asOfficer(() -> deadlines.upcoming(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31),
                AgreementDeadlines.MAX)))).isEmpty();
    }

    @Test
    void anotherTenantSeesNoneOfTheTenantsDeadlines() {
        List<Deadline> inB = as(officer(TENANT_B), TENANT_B, () -> deadlines.upcoming(LocalDate.of(2024, 1, 1),
                LocalDate.of(2026, 12, 31), AgreementDeadlines.MAX));

        assertThat(of(agreementX, inB)).isEmpty();
        assertThat(of(agreementY, inB)).isEmpty();
    }

    @Test
    void aPartnerUserSeesOnlyTheDeadlinesOfTheirOrganisationsAgreements() {
        LocalDate from = LocalDate.of(2024, 1, 1);
        LocalDate to = LocalDate.of(2026, 12, 31);
        List<Deadline> seenByX = as(TestPortal.partner(aliasX, TENANT_A, TENANT_B), TENANT_A,
                () -> deadlines.upcoming(from, to, AgreementDeadlines.MAX));

        assertThat(seenByX).isNotEmpty().allSatisfy(d -> assertThat(d.agreementId()).isEqualTo(agreementX.id()));

        List<Deadline> xInB = as(TestPortal.partner(aliasX, TENANT_A, TENANT_B), TENANT_B,
                () -> deadlines.upcoming(from, to, AgreementDeadlines.MAX));
        assertThat(xInB).isEmpty();
    }
}
