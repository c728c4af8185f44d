package se.samverka.agreements;

import se.samverka.agreements.agreement.AgreementDetails;
import se.samverka.agreements.followup.FigureInput;
import se.samverka.agreements.followup.Indicator;
import se.samverka.agreements.followup.IndicatorDefinition;
import se.samverka.agreements.followup.Indicators;
import se.samverka.agreements.followup.PeriodOverview;
import se.samverka.agreements.followup.ReportDetails;
import se.samverka.agreements.followup.ReportSubmission;
import se.samverka.agreements.followup.ReportingPeriods;
import se.samverka.agreements.followup.Reports;
import se.samverka.platform.core.testing.MovableClock;

import java.time.LocalDate;
import java.util.List;

import static se.samverka.agreements.TestPortal.as;
import static se.samverka.agreements.TestPortal.officer;

/**
 * An active agreement (2024–2026, half-yearly) with figures over time: a count and a text indicator, 2024-H1
 * accepted (12, "Elevhälsan"), 2024-H2 submitted (1 204, "Skolan"), 2025-H1 returned for completion (9), the
 * other periods not reported.
 */
public record TestFigures(String partnerAlias, AgreementDetails agreement, Indicator count, Indicator text) {

    public static TestFigures of(String tenant) {
        String alias = TestAgreements.alias("figures");
        AgreementDetails agreement = as(officer(tenant), tenant, () -> TestAgreements.active(TestAgreements.partner(alias).id()));
        Indicators indicators = TestPortal.bean(Indicators.class);
        Indicator count = as(officer(tenant), tenant, () -> indicators.add(agreement.id(), IndicatorDefinition.count("Antal deltagare")));
        Indicator text = as(officer(tenant), tenant, () -> indicators.add(agreement.id(), IndicatorDefinition.text("Varifrån de kom")));
        TestFigures figures = new TestFigures(alias, agreement, count, text);
        MovableClock.today(LocalDate.of(2025, 9, 1));
        try {
            Reports reports = TestPortal.bean(Reports.class);
            ReportDetails first = figures.submit(tenant, "2024-H1", 12, "Elevhälsan");
            as(officer(tenant), tenant, () -> reports.accept(first.report().id(), first.report().version()));
            figures.submit(tenant, "2024-H2", 1_204, "Skolan");
            ReportDetails third = figures.submit(tenant, "2025-H1", 9, "Socialtjänsten");
            as(officer(tenant), tenant, () -> reports.returnForCorrection(third.report().id(), third.report().version(),
                    "Ange antalet per grupp."));
        } finally {
            MovableClock.reset();
        }
        return figures;
    }

    private ReportDetails submit(String tenant, String period, long number, String answer) {
        long periodId = as(officer(tenant), tenant, () -> TestPortal.bean(ReportingPeriods.class).overview(agreement.id()))
                .stream().map(PeriodOverview::period).filter(p -> p.label().equals(period)).findFirst().orElseThrow().id();
        return as(TestPortal.partner(partnerAlias, tenant), tenant, () -> TestPortal.bean(Reports.class).submit(periodId, null,
                new ReportSubmission(List.of(FigureInput.number(count.id(), number), FigureInput.text(text.id(), answer)), null)));
    }
}
