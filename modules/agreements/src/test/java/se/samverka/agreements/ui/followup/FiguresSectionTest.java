package se.samverka.agreements.ui.followup;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.samverka.agreements.TestAgreements;
import se.samverka.agreements.TestFigures;
import se.samverka.agreements.TestPortal;
import se.samverka.agreements.agreement.AgreementDetails;
import se.samverka.agreements.ui.KaribuAgreements;
import se.samverka.agreements.ui.detail.DetailTabs;

import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.agreements.TestPortal.TENANT_A;

/** "Värden över tid" on the follow-up tab (issue 13, must-have 5). */
class FiguresSectionTest {

    @RegisterExtension
    final KaribuAgreements karibu = new KaribuAgreements();

    @Test
    void theTableShowsEveryIndicatorByPeriodWithADashWhereNothingIsReportedAndTheReportsStatus() {
        TestFigures figures = TestFigures.of(TENANT_A);

        DetailTabs.open(karibu, TestPortal.officer(TENANT_A), TENANT_A, figures.agreement().id(), "follow-up");
        List<List<String>> rows = rows(_get(NativeTable.class, spec -> spec.withId(FigureTableView.TABLE_ID)));

        assertThat(rows).containsExactly(
                List.of("Indikator", "2024-H1", "2024-H2", "2025-H1", "2025-H2", "2026-H1", "2026-H2"),
                List.of("Antal deltagare", "12", "1\u00a0204", "–", "–", "–", "–"),
                List.of("Varifrån de kom", "Elevhälsan", "Skolan", "–", "–", "–", "–"),
                List.of("Rapportens status", "godkänd", "inlämnad", "återlämnad för komplettering", "–", "–", "–"));
        assertThat(_get(NativeTable.class, spec -> spec.withId(FigureTableView.TABLE_ID)).getCaptionText())
                .isEqualTo("Värden per rapporteringsperiod");
    }

    @Test
    void aNumberIndicatorHasAnAccessibleLineChartAndATextIndicatorNone() {
        TestFigures figures = TestFigures.of(TENANT_A);

        DetailTabs.open(karibu, TestPortal.officer(TENANT_A), TENANT_A, figures.agreement().id(), "follow-up");
        Svg chart = _get(Svg.class, spec -> spec.withId("figures-chart-" + figures.count().id()));

        assertThat(chart.getElement().getAttribute("role")).isEqualTo("img");
        assertThat(chart.getElement().getAttribute("aria-label")).isEqualTo("Linjediagram över Antal deltagare per "
                + "rapporteringsperiod: 2 av 6 perioder har värden. Först 12 (2024-H1), senast 1\u00a0204 (2024-H2), "
                + "som högst 1\u00a0204. Alla värden står i tabellen ovan.");
        String svg = chart.getElement().getProperty("innerHTML");
        assertThat(svg).startsWith("<svg").contains("viewBox=\"0 0 360 190\"").contains("width=\"100%\"")
                .contains("<title>Linjediagram över Antal deltagare").contains(">1\u00a0204</text>").contains(">2024-H1</text>")
                .contains("<polyline");
        assertThat(_find(Svg.class, spec -> spec.withId("figures-chart-" + figures.text().id()))).isEmpty();
        assertThat(_find(_get(Component.class, spec -> spec.withId("figures-charts")), Svg.class)).hasSize(1);
    }

    @Test
    void thePartnerSeesTheFiguresOfItsAgreementWithDownloadsInItsLanguage() {
        TestFigures figures = TestFigures.of(TENANT_A);
        karibu.locale(Locale.ENGLISH);

        DetailTabs.open(karibu, TestPortal.partner(figures.partnerAlias(), TENANT_A), TENANT_A, figures.agreement().id(), "follow-up");

        assertThat(rows(_get(NativeTable.class, spec -> spec.withId(FigureTableView.TABLE_ID))).get(1))
                .containsExactly("Antal deltagare", "12", "1\u00a0204", "–", "–", "–", "–");
        Anchor csv = _get(Anchor.class, spec -> spec.withId("figures-export-csv"));
        assertThat(csv.getText()).isEqualTo("Download as CSV");
        assertThat(csv.getHref()).isEqualTo("/api/v1/tenants/" + TENANT_A + "/agreements/" + figures.agreement().id()
                + "/figures.csv?lang=en");
        assertThat(_get(Anchor.class, spec -> spec.withId("figures-export-xlsx")).getHref()).endsWith("/figures.xlsx?lang=en");
    }

    @Test
    void anAgreementWithoutIndicatorsHasNoFiguresSection() {
        AgreementDetails active = TestPortal.as(TestPortal.officer(TENANT_A), TENANT_A,
                () -> TestAgreements.active(TestAgreements.partner(TestAgreements.alias("nofig")).id()));

        DetailTabs.open(karibu, TestPortal.officer(TENANT_A), TENANT_A, active.id(), "follow-up");

        assertThat(_find(Component.class, spec -> spec.withId("figures-over-time"))).isEmpty();
    }

    /** Each row's cells as read on screen: a "not reported" cell as its dash. */
    private static List<List<String>> rows(NativeTable table) {
        return java.util.stream.Stream.concat(table.getHead().getRows().stream(), table.getBody().getRows().stream())
                .map(FiguresSectionTest::cells).toList();
    }

    private static List<String> cells(NativeTableRow row) {
        return row.getAllCells().stream().map(cell -> cell.hasClassName("figure-not-reported")
                ? cell.getChildren().findFirst().orElseThrow().getElement().getText()
                : cell.getElement().getText()).toList();
    }
}
