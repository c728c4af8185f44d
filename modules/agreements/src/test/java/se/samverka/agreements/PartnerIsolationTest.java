package se.samverka.agreements;

import io.micronaut.data.model.Pageable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samverka.agreements.agreement.Agreement;
import se.samverka.agreements.agreement.AgreementDetails;
import se.samverka.agreements.agreement.AgreementSearch;
import se.samverka.agreements.agreement.Agreements;
import se.samverka.agreements.agreement.PartnerAccess;
import se.samverka.agreements.followup.FigureInput;
import se.samverka.agreements.followup.IndicatorDefinition;
import se.samverka.agreements.followup.Indicators;
import se.samverka.agreements.followup.ReportDetails;
import se.samverka.agreements.followup.ReportSubmission;
import se.samverka.agreements.followup.ReportingPeriod;
import se.samverka.agreements.followup.ReportingPeriods;
import se.samverka.agreements.followup.Reports;
import se.samverka.agreements.history.AgreementHistory;
import se.samverka.agreements.steering.MeetingDetails;
import se.samverka.agreements.steering.SteeringMeeting;
import se.samverka.agreements.steering.SteeringMeetings;
import se.samverka.platform.api.partners.PartnerOrganisation;
import se.samverka.platform.api.partners.PartnerRegister;
import se.samverka.platform.api.refusal.NotPermitted;
import se.samverka.platform.api.refusal.RecordNotFound;
import se.samverka.platform.api.refusal.Refusal;
import se.samverka.platform.api.security.CurrentUser.PortalUser;
import se.samverka.platform.api.security.Roles;
import se.samverka.platform.core.testing.MovableClock;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samverka.agreements.TestPortal.TENANT_A;
import static se.samverka.agreements.TestPortal.TENANT_B;
import static se.samverka.agreements.TestPortal.TENANT_C;
import static se.samverka.agreements.TestPortal.as;
import static se.samverka.agreements.TestPortal.officer;

/**
 * Partner isolation: organisation X's users see, in each tenant, exactly the records X is party to
 * there: not Y's agreement beside it, and nothing at all in a tenant where X is party to nothing
 * (even one that has X in its register).
 */
class PartnerIsolationTest {

    static String x;
    static String y;
    static AgreementDetails ofX;
    static AgreementDetails ofY;
    static AgreementDetails inB;
    static SteeringMeeting meetingOfY;
    static ReportingPeriod periodOfX;
    static ReportingPeriod periodOfY;
    static ReportDetails reportOfY;
    static PartnerOrganisation yInA;
    static PortalUser xUser;
    static PortalUser yUser;

    @BeforeAll
    static void twoOrganisationsInTenantAAndXRegisteredButPartyToNothingInTenantB() {
        MovableClock.today(LocalDate.of(2025, 3, 1));
        x = TestAgreements.alias("x");
        y = TestAgreements.alias("y");
        xUser = TestPortal.partner(x, TENANT_A, TENANT_B, TENANT_C);
        yUser = TestPortal.partner(y, TENANT_A);
        as(officer(TENANT_A), TENANT_A, () -> {
            PartnerOrganisation xInA = TestAgreements.partner(x);
            yInA = TestAgreements.partner(y);
            ofX = TestAgreements.active(xInA.id());
            ofY = TestAgreements.active(yInA.id());
            TestPortal.bean(Indicators.class).add(ofX.id(), IndicatorDefinition.count("Antal barn"));
            TestPortal.bean(Indicators.class).add(ofY.id(), IndicatorDefinition.count("Antal barn"));
            meetingOfY = TestPortal.bean(SteeringMeetings.class).add(ofY.id(),
                    MeetingDetails.planned(LocalDate.of(2025, 4, 1), List.of("Socialtjänsten")));
            periodOfX = TestPortal.bean(ReportingPeriods.class).overview(ofX.id()).get(0).period();
            periodOfY = TestPortal.bean(ReportingPeriods.class).overview(ofY.id()).get(0).period();
        });
        reportOfY = as(yUser, TENANT_A, () -> TestPortal.bean(Reports.class).submit(periodOfY.id(), null,
                new ReportSubmission(List.of(), "Y:s rapport")));
        as(officer(TENANT_B), TENANT_B, () -> {
            TestAgreements.partner(x);
            inB = TestAgreements.active(TestAgreements.partner(TestAgreements.alias("z")).id());
        });
    }

    @AfterAll
    static void realTime() {
        MovableClock.reset();
    }

    static <T> T asX(String tenant, Supplier<T> work) {
        return as(xUser, tenant, work);
    }

    static List<Long> listedFor(PortalUser user, String tenant) {
        return as(user, tenant, () -> TestPortal.bean(Agreements.class).search(AgreementSearch.ALL, Pageable.from(0, 1000))
                .getContent().stream().map(Agreement::id).toList());
    }

    @Test
    void theListShowsAPartnerOnlyWhatItsOrganisationIsPartyTo() {
        assertThat(listedFor(xUser, TENANT_A)).containsExactly(ofX.id());
        assertThat(listedFor(yUser, TENANT_A)).containsExactly(ofY.id());
        assertThat(listedFor(officer(TENANT_A), TENANT_A)).contains(ofX.id(), ofY.id());
    }

    @Test
    void inATenantWhereTheOrganisationIsPartyToNothingItSeesNothing() {
        assertThat(listedFor(xUser, TENANT_B)).as("registered in B, party to nothing").isEmpty();
        assertThat(listedFor(xUser, TENANT_C)).as("not even registered in C").isEmpty();
        assertThat(asX(TENANT_B, () -> TestPortal.bean(Agreements.class).details(inB.id()))).isEmpty();
        assertThat(asX(TENANT_B, () -> TestPortal.bean(PartnerAccess.class).maySee(inB.id()))).isFalse();
    }

    @Test
    void theAgreementBesideItIsInvisibleInEveryFeature() {
        assertThat(asX(TENANT_A, () -> TestPortal.bean(Agreements.class).details(ofX.id()))).isPresent();
        assertThat(asX(TENANT_A, () -> TestPortal.bean(Agreements.class).details(ofY.id()))).isEmpty();
        assertThat(asX(TENANT_A, () -> TestPortal.bean(Agreements.class).statusChanges(ofY.id()))).isEmpty();
        assertThat(asX(TENANT_A, () -> TestPortal.bean(Agreements.class).findByRegistryNumber(ofY.agreement().registryNumber())))
                .isEmpty();
        assertThat(asX(TENANT_A, () -> TestPortal.bean(SteeringMeetings.class).meetings(ofY.id()))).isEmpty();
        assertThat(asX(TENANT_A, () -> TestPortal.bean(SteeringMeetings.class).find(meetingOfY.id()))).isEmpty();
        assertThat(asX(TENANT_A, () -> TestPortal.bean(SteeringMeetings.class).shortfalls(ofY.id()))).isEmpty();
        assertThat(asX(TENANT_A, () -> TestPortal.bean(Indicators.class).of(ofY.id()))).isEmpty();
        assertThat(asX(TENANT_A, () -> TestPortal.bean(ReportingPeriods.class).overview(ofY.id()))).isEmpty();
        assertThat(asX(TENANT_A, () -> TestPortal.bean(Reports.class).find(reportOfY.report().id()))).isEmpty();
        assertThat(asX(TENANT_A, () -> TestPortal.bean(AgreementHistory.class).versions(ofY.id()))).isEmpty();
        assertThatThrownBy(() -> asX(TENANT_A, () -> TestPortal.bean(AgreementHistory.class).differences(ofY.id(), 1, 1)))
                .isInstanceOf(RecordNotFound.class);
        assertThat(asX(TENANT_A, () -> TestPortal.bean(PartnerRegister.class).find(yInA.id()))).isEmpty();

        assertThat(asX(TENANT_A, () -> TestPortal.bean(Indicators.class).of(ofX.id()))).hasSize(1);
        assertThat(asX(TENANT_A, () -> TestPortal.bean(AgreementHistory.class).versions(ofX.id()))).hasSize(1);
    }

    @Test
    void theHelperAnswersForAnyUser() {
        PartnerAccess access = TestPortal.bean(PartnerAccess.class);
        PortalUser noOrganisation = new PortalUser("partner.none", "Ingen", Set.of(Roles.PARTNER), List.of(TENANT_A), Optional.empty());

        as(officer(TENANT_A), TENANT_A, () -> {
            assertThat(access.maySee(xUser, ofX.id())).isTrue();
            assertThat(access.maySee(xUser, ofY.id())).isFalse();
            assertThat(access.maySee(yUser, ofY.id())).isTrue();
            assertThat(access.maySee(noOrganisation, ofX.id())).isFalse();
            assertThat(access.maySee(TestPortal.reader(TENANT_A), ofY.id())).isTrue();
            assertThat(access.representsParty(xUser, ofX.id())).isTrue();
            assertThat(access.representsParty(xUser, ofY.id())).isFalse();
            assertThat(access.representsParty(officer(TENANT_A), ofX.id())).as("staff do not report").isFalse();
            assertThat(access.organisationOf(xUser)).hasValueSatisfying(o -> assertThat(o.directoryAlias()).isEqualTo(x));
        });
        as(officer(TENANT_B), TENANT_B, () -> assertThat(access.maySee(xUser, ofX.id())).as("A's agreement from B").isFalse());
    }

    @Test
    void onlyThePartysOwnUsersReportForIt() {
        Reports reports = TestPortal.bean(Reports.class);
        ReportSubmission submission = new ReportSubmission(List.of(), "Rapport");

        assertThatThrownBy(() -> asX(TENANT_A, () -> reports.submit(periodOfY.id(), null, submission)))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.messageKey()).isEqualTo("agreements.report.period-missing"));
        assertThatThrownBy(() -> as(officer(TENANT_A), TENANT_A, () -> reports.submit(periodOfX.id(), null, submission)))
                .isInstanceOfSatisfying(NotPermitted.class, r -> assertThat(r.messageKey()).isEqualTo("agreements.report.not-party"));
        assertThatThrownBy(() -> as(TestPortal.reader(TENANT_A), TENANT_A, () -> reports.submit(periodOfX.id(), null, submission)))
                .isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> asX(TENANT_B, () -> reports.submit(periodOfX.id(), null, submission)))
                .as("A's period from B").isInstanceOfSatisfying(Refusal.class,
                        r -> assertThat(r.messageKey()).isEqualTo("agreements.report.period-missing"));

        ReportDetails own = asX(TENANT_A, () -> reports.submit(periodOfX.id(), null,
                new ReportSubmission(List.of(FigureInput.number(TestPortal.bean(Indicators.class).of(ofX.id()).get(0).id(), 12)), "X:s rapport")));
        assertThat(own.report().submittedBy()).isEqualTo("partner." + x);
        assertThat(own.figures()).extracting(f -> f.numberValue()).containsExactly(12L);
    }

    @Test
    void partnersChangeNothingButTheirReports() {
        assertThatThrownBy(() -> asX(TENANT_A, () -> TestPortal.bean(SteeringMeetings.class).add(ofX.id(),
                MeetingDetails.planned(LocalDate.of(2025, 5, 1), List.of("Junis"))))).isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> asX(TENANT_A, () -> TestPortal.bean(Indicators.class).add(ofX.id(), IndicatorDefinition.count("X"))))
                .isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> asX(TENANT_A, () -> TestPortal.bean(Reports.class).accept(reportOfY.report().id(),
                reportOfY.report().version()))).isInstanceOf(NotPermitted.class);
    }
}
