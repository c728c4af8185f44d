package se.samverka.agreements.ui.followup;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.samverka.agreements.TestAgreements;
import se.samverka.agreements.TestPortal;
import se.samverka.agreements.agreement.AgreementDetails;
import se.samverka.agreements.followup.FigureInput;
import se.samverka.agreements.followup.Indicator;
import se.samverka.agreements.followup.IndicatorDefinition;
import se.samverka.agreements.followup.Indicators;
import se.samverka.agreements.followup.ReportSubmission;
import se.samverka.agreements.followup.Reports;
import se.samverka.agreements.followup.PeriodOverview;
import se.samverka.agreements.followup.ReportStatus;
import se.samverka.agreements.followup.ReportingPeriods;
import se.samverka.agreements.ui.KaribuAgreements;
import se.samverka.platform.core.testing.AccessibleNames;
import se.samverka.platform.api.ui.ScrollRegion;
import se.samverka.agreements.ui.detail.DetailTabs;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.agreements.TestPortal.TENANT_A;

class FollowUpTabTest {

    @RegisterExtension
    final KaribuAgreements karibu = new KaribuAgreements();

    @Test
    void anIndicatorWithReportedFiguresCannotBeRemovedAndSaysWhyBesideTheButton() {
        String alias = TestAgreements.alias("fig");
        AgreementDetails active = TestPortal.as(TestPortal.officer(TENANT_A), TENANT_A,
                () -> TestAgreements.active(TestAgreements.partner(alias).id()));
        Indicators indicators = TestPortal.bean(Indicators.class);
        Indicator reported = TestPortal.as(TestPortal.officer(TENANT_A), TENANT_A,
                () -> indicators.add(active.id(), IndicatorDefinition.count("Antal deltagare")));
        TestPortal.as(TestPortal.officer(TENANT_A), TENANT_A, () -> indicators.add(active.id(), IndicatorDefinition.count("Oanvänd")));
        long firstPeriod = TestPortal.as(TestPortal.officer(TENANT_A), TENANT_A,
                () -> TestPortal.bean(ReportingPeriods.class).overview(active.id()).get(0).period().id());
        TestPortal.as(TestPortal.partner(alias, TENANT_A), TENANT_A, () -> TestPortal.bean(Reports.class)
                .submit(firstPeriod, null, new ReportSubmission(List.of(FigureInput.number(reported.id(), 5)), "Enligt plan.")));

        DetailTabs.open(karibu, TestPortal.officer(TENANT_A), TENANT_A, active.id(), "follow-up");
        @SuppressWarnings("unchecked")
        Grid<Object> grid = _get(Grid.class, spec -> spec.withId("indicators-grid"));
        HorizontalLayout inUse = (HorizontalLayout) _getCellComponent(grid, 0, "actions");
        Button remove = _get(inUse, Button.class, spec -> spec.withClasses("indicator-remove"));
        assertThat(remove.isEnabled()).isFalse();
        Span why = _get(inUse, Span.class, spec -> spec.withId("indicator-in-use-" + reported.id()));
        assertThat(why.getText()).isEqualTo("Har värden i rapporter och kan inte tas bort.");
        assertThat(remove.getElement().getAttribute("aria-describedby")).isEqualTo(why.getId().orElseThrow());

        HorizontalLayout unused = (HorizontalLayout) _getCellComponent(grid, 1, "actions");
        assertThat(_get(unused, Button.class, spec -> spec.withClasses("indicator-remove")).isEnabled()).isTrue();
        assertThat(_find(unused, Span.class)).isEmpty();
    }

    @Test
    void aPartnerSubmitsAReportAndACaseOfficerAcceptsOneAndReturnsAnotherWithAComment() {
        String alias = TestAgreements.alias("junis");
        AgreementDetails active = TestPortal.as(TestPortal.officer(TENANT_A), TENANT_A,
                () -> TestAgreements.active(TestAgreements.partner(alias).id()));

        // the case officer defines what the partner reports
        DetailTabs.open(karibu, TestPortal.officer(TENANT_A), TENANT_A, active.id(), "follow-up");
        _click(_get(Button.class, spec -> spec.withId("indicator-add")));
        _click(_get(Button.class, spec -> spec.withId("indicator-save")));
        TextField name = _get(TextField.class, spec -> spec.withId("indicator-name"));
        assertThat(name.isInvalid()).isTrue();
        _setValue(name, "Antal deltagare");
        _click(_get(Button.class, spec -> spec.withId("indicator-save")));
        assertThat(TestPortal.as(TestPortal.officer(TENANT_A), TENANT_A, () -> TestPortal.bean(Indicators.class).of(active.id())))
                .extracting(i -> i.name()).containsExactly("Antal deltagare");

        // the partner reports for the first two periods (2024-H1, 2024-H2)
        for (int row = 0; row < 2; row++) {
            DetailTabs.open(karibu, TestPortal.partner(alias, TENANT_A), TENANT_A, active.id(), "follow-up");
            _click(button(row, "report-submit"));
            IntegerField figure = _get(IntegerField.class, spec -> spec.withClasses("report-figure"));
            _click(_get(Button.class, spec -> spec.withId("report-send")));
            assertThat(figure.isInvalid()).isTrue(); // a figure is required: nothing is sent without it
            _setValue(figure, 12 + row);
            _setValue(_get(TextArea.class, spec -> spec.withId("report-text")), "Grupperna har träffats varje vecka.");
            _click(_get(Button.class, spec -> spec.withId("report-send")));
        }
        assertThat(statuses(active.id())).startsWith(ReportStatus.SUBMITTED, ReportStatus.SUBMITTED);

        DetailTabs.open(karibu, TestPortal.officer(TENANT_A), TENANT_A, active.id(), "follow-up");
        _click(button(0, "report-review"));
        _click(_get(Button.class, spec -> spec.withId("review-accept")));

        _click(button(1, "report-review"));
        _click(_get(Button.class, spec -> spec.withId("review-return")));
        TextArea comment = _get(TextArea.class, spec -> spec.withId("review-comment"));
        assertThat(comment.isInvalid()).isTrue(); // returning needs a comment
        _setValue(comment, "Ange antalet per grupp.");
        _click(_get(Button.class, spec -> spec.withId("review-return")));

        assertThat(statuses(active.id())).startsWith(ReportStatus.ACCEPTED, ReportStatus.RETURNED);
    }

    @Test
    void everyActionsAccessibleNameStartsWithWhatItShows() {
        String alias = TestAgreements.alias("names");
        AgreementDetails active = TestPortal.as(TestPortal.officer(TENANT_A), TENANT_A,
                () -> TestAgreements.active(TestAgreements.partner(alias).id()));
        Indicator indicator = TestPortal.as(TestPortal.officer(TENANT_A), TENANT_A,
                () -> TestPortal.bean(Indicators.class).add(active.id(), IndicatorDefinition.count("Antal deltagare")));
        long firstPeriod = TestPortal.as(TestPortal.officer(TENANT_A), TENANT_A,
                () -> TestPortal.bean(ReportingPeriods.class).overview(active.id()).get(0).period().id());
        TestPortal.as(TestPortal.partner(alias, TENANT_A), TENANT_A, () -> TestPortal.bean(Reports.class)
                .submit(firstPeriod, null, new ReportSubmission(List.of(FigureInput.number(indicator.id(), 5)), "Enligt plan.")));

        // the officer: change and remove the indicator, review the report
        DetailTabs.open(karibu, TestPortal.officer(TENANT_A), TENANT_A, active.id(), "follow-up");
        @SuppressWarnings("unchecked")
        Grid<Object> indicatorsGrid = _get(Grid.class, spec -> spec.withId("indicators-grid"));
        AccessibleNames.startWithTheVisibleText(_getCellComponent(indicatorsGrid, 0, "actions"), actions(0), actions(1));
        assertThat(button(0, "report-review").getElement().getAttribute("aria-label")).isEqualTo("Granska rapporten för 2024-H1");

        // the partner: correct the report and show it, submit the next
        DetailTabs.open(karibu, TestPortal.partner(alias, TENANT_A), TENANT_A, active.id(), "follow-up");
        AccessibleNames.startWithTheVisibleText(actions(0), actions(1));
        assertThat(button(0, "report-show").getElement().getAttribute("aria-label")).isEqualTo("Visa rapport för 2024-H1");
        assertThat(button(0, "report-submit").getElement().getAttribute("aria-label")).isEqualTo("Komplettera rapport för 2024-H1");

        // the report as sent, read-only, scrolls by keyboard: its region takes focus and is named
        _click(button(0, "report-show"));
        ScrollRegion sent = _get(ScrollRegion.class, spec -> spec.withId("review-report"));
        assertThat(sent.getElement().getAttribute("tabindex")).isEqualTo("0");
        assertThat(sent.getElement().getAttribute("role")).isEqualTo("region");
        assertThat(sent.getElement().getAttribute("aria-label")).contains("2024-H1");
        assertThat(sent.getStyle().get("overflow")).isEqualTo("auto");
    }

    @SuppressWarnings("unchecked")
    private static HorizontalLayout actions(int row) {
        Grid<PeriodOverview> periods = _get(Grid.class, spec -> spec.withId("periods-grid"));
        return (HorizontalLayout) _getCellComponent(periods, row, "actions");
    }

    @SuppressWarnings("unchecked")
    private static Button button(int row, String className) {
        Grid<PeriodOverview> periods = _get(Grid.class, spec -> spec.withId("periods-grid"));
        HorizontalLayout actions = (HorizontalLayout) _getCellComponent(periods, row, "actions");
        return actions.getChildren().filter(c -> c.hasClassName(className)).map(Button.class::cast).findFirst().orElseThrow();
    }

    private static List<ReportStatus> statuses(long agreementId) {
        return TestPortal.as(TestPortal.officer(TENANT_A), TENANT_A, () -> TestPortal.bean(ReportingPeriods.class)
                .overview(agreementId).stream().map(p -> p.report() == null ? null : p.report().status()).toList());
    }
}
