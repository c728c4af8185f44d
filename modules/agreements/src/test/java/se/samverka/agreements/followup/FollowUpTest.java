package se.samverka.agreements.followup;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.samverka.agreements.TestAgreements;
import se.samverka.agreements.TestMessages;
import se.samverka.agreements.TestPortal;
import se.samverka.agreements.agreement.AgreementDetails;
import se.samverka.agreements.agreement.AgreementPeriod;
import se.samverka.agreements.agreement.Agreements;
import se.samverka.agreements.agreement.Amendment;
import se.samverka.agreements.lifecycle.AgreementStatus;
import se.samverka.platform.api.partners.PartnerOrganisation;
import se.samverka.platform.api.refusal.Refusal;
import se.samverka.platform.api.refusal.StaleRecord;
import se.samverka.platform.api.security.CurrentUser.PortalUser;
import se.samverka.platform.core.testing.AuditTrail;
import se.samverka.platform.core.testing.MovableClock;
import se.samverka.platform.core.testing.TenantIsolation;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samverka.agreements.TestPortal.TENANT_A;
import static se.samverka.agreements.TestPortal.TENANT_B;
import static se.samverka.agreements.TestPortal.as;
import static se.samverka.agreements.TestPortal.officer;

/** Follow-up on the real database: periods in step with the agreement, partner reports and their review. */
class FollowUpTest {

    final Reports reports = TestPortal.bean(Reports.class);
    final ReportingPeriods periods = TestPortal.bean(ReportingPeriods.class);
    final Indicators indicators = TestPortal.bean(Indicators.class);

    PortalUser partnerUser;
    AgreementDetails agreement;
    Indicator enrolled;
    Indicator referredBy;

    static <T> T asOfficer(Supplier<T> work) {
        return as(officer(TENANT_A), TENANT_A, work);
    }

    <T> T asPartner(Supplier<T> work) {
        return as(partnerUser, TENANT_A, work);
    }

    static String refusalKey(Runnable action) {
        try {
            action.run();
        } catch (Refusal refusal) {
            return refusal.messageKey();
        }
        throw new AssertionError("not refused");
    }

    @BeforeEach
    void anActiveAgreementWithTwoIndicatorsOnTheFirstOfMarch2025() {
        MovableClock.today(LocalDate.of(2025, 3, 1));
        String alias = TestAgreements.alias("fu");
        partnerUser = TestPortal.partner(alias, TENANT_A);
        agreement = asOfficer(() -> TestAgreements.active(TestAgreements.partner(alias).id()));
        enrolled = asOfficer(() -> indicators.add(agreement.id(), IndicatorDefinition.count("Antal inskrivna barn och unga")));
        referredBy = asOfficer(() -> indicators.add(agreement.id(),
                IndicatorDefinition.text("Från vilken verksamhet och hur de fått vetskap om gruppverksamheten")));
    }

    @AfterEach
    void realTime() {
        MovableClock.reset();
    }

    ReportingPeriod period(String label) {
        return asOfficer(() -> periods.overview(agreement.id())).stream().map(PeriodOverview::period)
                .filter(p -> p.label().equals(label)).findFirst().orElseThrow();
    }

    ReportSubmission figures(long enrolledCount) {
        return new ReportSubmission(List.of(FigureInput.number(enrolled.id(), enrolledCount),
                FigureInput.text(referredBy.id(), "Elevhälsan")), "Grupperna har gått enligt plan.");
    }

    @Test
    void theAgreementsPeriodsAreHalfYearsWithTheirDueDatesAndThoseLateAreFlagged() {
        List<PeriodOverview> overview = asOfficer(() -> periods.overview(agreement.id()));

        assertThat(overview).extracting(p -> p.period().label())
                .containsExactly("2024-H1", "2024-H2", "2025-H1", "2025-H2", "2026-H1", "2026-H2");
        assertThat(overview.get(1).period().dueOn()).isEqualTo(LocalDate.of(2025, 1, 30));
        assertThat(overview).extracting(PeriodOverview::standing).containsExactly(PeriodStanding.OVERDUE, PeriodStanding.OVERDUE,
                PeriodStanding.UPCOMING, PeriodStanding.UPCOMING, PeriodStanding.UPCOMING, PeriodStanding.UPCOMING);

        asPartner(() -> reports.submit(period("2024-H1").id(), null, figures(14)));

        assertThat(asOfficer(() -> periods.overdue(agreement.id()))).extracting(p -> p.period().label()).containsExactly("2024-H2");
    }

    @Test
    void aReportIsSubmittedReturnedCorrectedAndAccepted() {
        ReportDetails submitted = asPartner(() -> reports.submit(period("2024-H1").id(), null, figures(14)));
        assertThat(submitted.report().status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(submitted.figures()).extracting(ReportFigure::numberValue, ReportFigure::textValue)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(14L, null), org.assertj.core.groups.Tuple.tuple(null, "Elevhälsan"));

        assertThat(refusalKey(() -> asOfficer(() -> reports.returnForCorrection(submitted.report().id(),
                submitted.report().version(), " ")))).isEqualTo("agreements.report.return-needs-comment");
        Report returned = asOfficer(() -> reports.returnForCorrection(submitted.report().id(), submitted.report().version(),
                "Antalet nya barn saknas."));
        assertThat(returned.status()).isEqualTo(ReportStatus.RETURNED);

        assertThatThrownBy(() -> asPartner(() -> reports.submit(period("2024-H1").id(), null, figures(15))))
                .as("the partner's form predates the return").isInstanceOf(StaleRecord.class);
        ReportDetails corrected = asPartner(() -> reports.submit(period("2024-H1").id(), returned.version(), figures(15)));
        assertThat(corrected.report().id()).isEqualTo(submitted.report().id());
        assertThat(corrected.figures()).extracting(ReportFigure::numberValue).contains(15L);
        // the resubmission's audit entry says each figure from → to, not from nothing (issue 13, bug 9)
        assertThat(asOfficer(() -> TestPortal.bean(se.samverka.platform.api.audit.AuditLog.class)
                .historyOf(java.util.Map.of("report", List.of(String.valueOf(submitted.report().id()))), 10)))
                .filteredOn(e -> e.action().equals("resubmit")).singleElement()
                .satisfies(e -> assertThat(e.changes().get("figure[" + enrolled.id() + "]"))
                        .isEqualTo(new se.samverka.platform.api.audit.AuditLog.Change(14, 15)));

        Report accepted = asOfficer(() -> reports.accept(corrected.report().id(), corrected.report().version()));
        assertThat(accepted.status()).isEqualTo(ReportStatus.ACCEPTED);
        assertThat(accepted.reviewedBy()).isEqualTo("officer.orust");
        assertThat(refusalKey(() -> asPartner(() -> reports.submit(period("2024-H1").id(), accepted.version(), figures(16)))))
                .isEqualTo("agreements.report.already-accepted");
        assertThat(refusalKey(() -> asOfficer(() -> reports.accept(accepted.id(), accepted.version()))))
                .isEqualTo("agreements.report.not-submitted");
        assertThat(asOfficer(() -> periods.overview(agreement.id())).get(0).standing()).isEqualTo(PeriodStanding.ACCEPTED);
        assertThat(AuditTrail.of(TestPortal.shared(), "report", accepted.id())).extracting(line -> line.split(" ")[2])
                .containsExactly("create", "return", "resubmit", "accept");
    }

    @Test
    void twoOfficersReviewingTheSameReportTheSecondIsRefused() {
        ReportDetails submitted = asPartner(() -> reports.submit(period("2024-H1").id(), null, figures(3)));
        asOfficer(() -> reports.accept(submitted.report().id(), submitted.report().version()));

        assertThatThrownBy(() -> as(TestPortal.admin(TENANT_A), TENANT_A, () -> reports.returnForCorrection(submitted.report().id(),
                submitted.report().version(), "Komplettera"))).isInstanceOf(StaleRecord.class);
        assertThat(asOfficer(() -> reports.find(submitted.report().id())).orElseThrow().report().status()).isEqualTo(ReportStatus.ACCEPTED);
    }

    @Test
    void aReportForAPeriodThatDoesNotExistOrHasNotBegunIsRefused() {
        assertThatThrownBy(() -> asPartner(() -> reports.submit(Long.MAX_VALUE, null, figures(1))))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(TestMessages.in(java.util.Locale.forLanguageTag("sv"), r))
                        .isEqualTo("Rapporteringsperioden " + Long.MAX_VALUE + " finns inte för någon överenskommelse du kan rapportera för."));
        assertThat(refusalKey(() -> asPartner(() -> reports.submit(period("2025-H2").id(), null, figures(1)))))
                .isEqualTo("agreements.report.period-not-started");
    }

    @Test
    void figuresMustBelongToTheAgreementAndHaveTheIndicatorsKind() {
        long period = period("2024-H1").id();
        AgreementDetails other = asOfficer(() -> TestAgreements.active(TestAgreements.partner(TestAgreements.alias("o")).id()));
        Indicator foreign = asOfficer(() -> indicators.add(other.id(), IndicatorDefinition.count("Annat")));

        assertThat(refusalKey(() -> asPartner(() -> reports.submit(period, null,
                new ReportSubmission(List.of(FigureInput.number(foreign.id(), 1)), null))))).isEqualTo("agreements.report.unknown-indicator");
        assertThat(refusalKey(() -> asPartner(() -> reports.submit(period, null,
                new ReportSubmission(List.of(FigureInput.number(enrolled.id(), -1)), null))))).isEqualTo("agreements.report.number-expected");
        assertThat(refusalKey(() -> asPartner(() -> reports.submit(period, null,
                new ReportSubmission(List.of(FigureInput.text(enrolled.id(), "många")), null))))).isEqualTo("agreements.report.number-expected");
        assertThat(refusalKey(() -> asPartner(() -> reports.submit(period, null, new ReportSubmission(List.of(
                FigureInput.number(enrolled.id(), 1), FigureInput.number(enrolled.id(), 2)), null)))))
                .isEqualTo("agreements.report.indicator-twice");
        assertThat(refusalKey(() -> asPartner(() -> reports.submit(period, null,
                new ReportSubmission(List.of(FigureInput.text(referredBy.id(), " ")), null))))).isEqualTo("refusal.text.required");
        assertThat(asOfficer(() -> periods.overview(agreement.id())).get(0).report()).as("nothing stored").isNull();
    }

    @Test
    void reportsAreForActiveOrEndedAgreementsOnly() {
        String alias = TestAgreements.alias("dr");
        PartnerOrganisation partner = asOfficer(() -> TestAgreements.partner(alias));
        AgreementDetails draft = asOfficer(() -> TestAgreements.proposed(partner.id()));
        long draftPeriod = asOfficer(() -> periods.overview(draft.id())).get(0).period().id();

        assertThat(refusalKey(() -> as(TestPortal.partner(alias, TENANT_A), TENANT_A,
                () -> reports.submit(draftPeriod, null, new ReportSubmission(List.of(), "x")))))
                .isEqualTo("agreements.report.agreement-not-active");
    }

    @Test
    void amendingThePeriodMovesThePeriodsAndKeepsEveryReport() {
        asPartner(() -> reports.submit(period("2024-H1").id(), null, figures(7)));
        long h1 = period("2024-H1").id();
        AgreementDetails current = asOfficer(() -> TestPortal.bean(Agreements.class).details(agreement.id()).orElseThrow());

        asOfficer(() -> TestPortal.bean(Agreements.class).amend(agreement.id(), current.agreement().version(), new Amendment(
                current.terms().withPeriod(AgreementPeriod.of(LocalDate.of(2024, 3, 1), LocalDate.of(2025, 12, 31))),
                "Kortare period", null)));

        List<PeriodOverview> after = asOfficer(() -> periods.overview(agreement.id()));
        assertThat(after).extracting(p -> p.period().label()).containsExactly("2024-H1", "2024-H2", "2025-H1", "2025-H2");
        assertThat(after.get(0).period().id()).isEqualTo(h1);
        assertThat(after.get(0).period().startsOn()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(after.get(0).report()).isNotNull();

        AgreementDetails amended = asOfficer(() -> TestPortal.bean(Agreements.class).details(agreement.id()).orElseThrow());
        asOfficer(() -> TestPortal.bean(Agreements.class).amend(agreement.id(), amended.agreement().version(), new Amendment(
                amended.terms().withPeriod(AgreementPeriod.of(LocalDate.of(2024, 7, 1), LocalDate.of(2025, 12, 31))),
                "Start i juli", null)));
        assertThat(asOfficer(() -> periods.overview(agreement.id()))).extracting(p -> p.period().label())
                .as("a period with a report stays").containsExactly("2024-H1", "2024-H2", "2025-H1", "2025-H2");
    }

    @Test
    void anIndicatorWithReportedFiguresStays() {
        asPartner(() -> reports.submit(period("2024-H1").id(), null, figures(7)));
        Indicator unused = asOfficer(() -> indicators.add(agreement.id(), IndicatorDefinition.count("Oanvänd")));

        assertThat(refusalKey(() -> asOfficer(() -> {
            indicators.remove(enrolled.id(), enrolled.version());
            return null;
        }))).isEqualTo("agreements.indicator.in-use");
        asOfficer(() -> {
            indicators.remove(unused.id(), unused.version());
            return null;
        });
        Indicator renamed = asOfficer(() -> indicators.update(enrolled.id(), enrolled.version(), IndicatorDefinition.count("Antal inskrivna")));

        assertThat(asOfficer(() -> indicators.of(agreement.id()))).extracting(Indicator::name)
                .containsExactly("Antal inskrivna", "Från vilken verksamhet och hur de fått vetskap om gruppverksamheten");
        assertThatThrownBy(() -> asOfficer(() -> indicators.update(enrolled.id(), enrolled.version(), IndicatorDefinition.count("X"))))
                .isInstanceOf(StaleRecord.class);
        assertThat(renamed.version()).isGreaterThan(enrolled.version());
    }

    @Test
    void anotherTenantSeesAndChangesNoneOfIt() {
        ReportDetails report = asPartner(() -> reports.submit(period("2024-H1").id(), null, figures(7)));
        ReportingPeriod h1 = period("2024-H1");

        as(officer(TENANT_B), TENANT_B, () -> {
            assertThat(periods.overview(agreement.id())).isEmpty();
            assertThat(indicators.of(agreement.id())).isEmpty();
            assertThat(reports.find(report.report().id())).isEmpty();
            assertThat(refusalKey(() -> reports.accept(report.report().id(), report.report().version())))
                    .isEqualTo("refusal.not-found");
            assertThat(refusalKey(() -> indicators.add(agreement.id(), IndicatorDefinition.count("Kapad"))))
                    .isEqualTo("refusal.not-found");
        });
        TenantIsolation.assertIsolated(TestPortal.bean(IndicatorRepository.class), enrolled.id(), Indicator::id, TENANT_A, TENANT_B,
                i -> new Indicator(i.id(), null, i.agreementId(), i.position(), "Kapad", i.kind(), i.version()));
        TenantIsolation.assertIsolated(TestPortal.bean(ReportingPeriodRepository.class), h1.id(), ReportingPeriod::id, TENANT_A,
                TENANT_B, p -> new ReportingPeriod(p.id(), null, p.agreementId(), "kapad", p.startsOn(), p.endsOn(), p.endsOn()));
        TenantIsolation.assertIsolated(TestPortal.bean(ReportRepository.class), report.report().id(), Report::id, TENANT_A, TENANT_B,
                r -> new Report(r.id(), null, r.agreementId(), r.periodId(), ReportStatus.ACCEPTED, "Kapad", r.submittedAt(),
                        r.submittedBy(), null, null, null, r.version()));
        for (ReportFigure figure : report.figures()) {
            TenantIsolation.assertIsolated(TestPortal.bean(ReportFigureRepository.class), figure.id(), ReportFigure::id, TENANT_A,
                    TENANT_B, f -> new ReportFigure(f.id(), null, f.reportId(), f.indicatorId(), 999L, "Kapad"));
        }
    }

    @Test
    void thePartnerSeesItsAgreementsPeriods() {
        assertThat(agreement.agreement().status()).isEqualTo(AgreementStatus.ACTIVE);
        assertThat(asPartner(() -> periods.overview(agreement.id()))).hasSize(6);
    }
}
