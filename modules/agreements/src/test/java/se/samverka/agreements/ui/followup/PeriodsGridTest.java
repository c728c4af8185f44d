package se.samverka.agreements.ui.followup;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.samverka.agreements.TestAgreements;
import se.samverka.agreements.TestPortal;
import se.samverka.agreements.agreement.AgreementDetails;
import se.samverka.agreements.followup.FigureInput;
import se.samverka.agreements.followup.Indicator;
import se.samverka.agreements.followup.IndicatorDefinition;
import se.samverka.agreements.followup.Indicators;
import se.samverka.agreements.followup.ReportDetails;
import se.samverka.agreements.followup.ReportSubmission;
import se.samverka.agreements.followup.ReportingPeriods;
import se.samverka.agreements.followup.Reports;
import se.samverka.agreements.ui.KaribuAgreements;
import se.samverka.agreements.ui.detail.DetailTabs;
import se.samverka.platform.core.testing.MovableClock;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.agreements.TestPortal.TENANT_A;

/** The follow-up tab's reporting periods (issue 13, bug 9). */
class PeriodsGridTest {

    @RegisterExtension
    final KaribuAgreements karibu = new KaribuAgreements();

    @AfterEach
    void realTime() {
        MovableClock.reset();
    }

    @Test
    void theColumnsHaveDistinctTranslatedHeadersInSwedishAndEnglish() {
        AgreementDetails active = TestPortal.as(TestPortal.officer(TENANT_A), TENANT_A,
                () -> TestAgreements.active(TestAgreements.partner(TestAgreements.alias("hdr")).id()));

        DetailTabs.open(karibu, TestPortal.officer(TENANT_A), TENANT_A, active.id(), "follow-up");
        assertThat(headers()).containsExactly("Rapporteringsperiod", "Datum", "Ska lämnas senast", "Status", "Åtgärder");

        karibu.locale(Locale.ENGLISH);
        DetailTabs.open(karibu, TestPortal.officer(TENANT_A), TENANT_A, active.id(), "follow-up");
        assertThat(headers()).containsExactly("Reporting period", "Dates", "Due by", "Status", "Actions");
    }

    @Test
    void aReturnedReportShowsAsReturnedForCompletionEvenAfterItsDueDate() {
        MovableClock.today(LocalDate.of(2025, 3, 1)); // 2024-H1 was due on 2024-07-30
        String alias = TestAgreements.alias("ret");
        AgreementDetails active = TestPortal.as(TestPortal.officer(TENANT_A), TENANT_A,
                () -> TestAgreements.active(TestAgreements.partner(alias).id()));
        Indicator count = TestPortal.as(TestPortal.officer(TENANT_A), TENANT_A,
                () -> TestPortal.bean(Indicators.class).add(active.id(), IndicatorDefinition.count("Antal deltagare")));
        long firstPeriod = TestPortal.as(TestPortal.officer(TENANT_A), TENANT_A,
                () -> TestPortal.bean(ReportingPeriods.class).overview(active.id()).get(0).period().id());
        ReportDetails sent = TestPortal.as(TestPortal.partner(alias, TENANT_A), TENANT_A, () -> TestPortal.bean(Reports.class)
                .submit(firstPeriod, null, new ReportSubmission(List.of(FigureInput.number(count.id(), 5)), null)));
        TestPortal.as(TestPortal.officer(TENANT_A), TENANT_A, () -> TestPortal.bean(Reports.class)
                .returnForCorrection(sent.report().id(), sent.report().version(), "Ange antalet per grupp."));

        DetailTabs.open(karibu, TestPortal.officer(TENANT_A), TENANT_A, active.id(), "follow-up");
        assertThat(standing(0)).isEqualTo("återlämnad för komplettering");
        assertThat(standing(1)).isEqualTo("försenad"); // 2024-H2, due 2025-01-30, not reported

        karibu.locale(Locale.ENGLISH);
        DetailTabs.open(karibu, TestPortal.partner(alias, TENANT_A), TENANT_A, active.id(), "follow-up");
        assertThat(standing(0)).isEqualTo("returned for completion");
    }

    @SuppressWarnings("unchecked")
    private static Grid<Object> periods() {
        return _get(Grid.class, spec -> spec.withId("periods-grid"));
    }

    private static List<String> headers() {
        return periods().getColumns().stream().map(Grid.Column::getHeaderText).toList();
    }

    private static String standing(int row) {
        return ((Span) _getCellComponent(periods(), row, "standing")).getText();
    }
}
