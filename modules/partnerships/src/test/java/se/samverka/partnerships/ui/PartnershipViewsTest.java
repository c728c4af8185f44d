package se.samverka.partnerships.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.samverka.partnerships.Fixture;
import se.samverka.partnerships.TestPortal;
import se.samverka.partnerships.budget.Budgets;
import se.samverka.partnerships.budget.CostCategory;
import se.samverka.partnerships.partnership.CoreArea;
import se.samverka.partnerships.phase.PhaseKind;
import se.samverka.partnerships.phase.Phases;
import se.samverka.partnerships.report.ReportStatus;
import se.samverka.partnerships.report.Reports;
import se.samverka.partnerships.results.ResultLevel;
import se.samverka.partnerships.results.Results;
import se.samverka.partnerships.visit.Visits;
import se.samverka.platform.api.partners.PartnerOrganisation;
import se.samverka.platform.api.ui.Callout;
import se.samverka.platform.core.testing.KaribuExtension;
import se.samverka.platform.core.ui.error.NotFoundView;

import java.time.LocalDate;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.partnerships.TestPortal.ALMHULT;
import static se.samverka.partnerships.TestPortal.ORUST;
import static se.samverka.platform.core.testing.TestUsers.as;
import static se.samverka.platform.core.testing.TestUsers.officer;
import static se.samverka.platform.core.testing.TestUsers.reader;

/** The module's views without a browser: the list with its filters, every tab, every dialog; refusals at their fields. */
class PartnershipViewsTest {

    @RegisterExtension
    final KaribuExtension karibu = new KaribuExtension(() -> TestPortal.shared().context());

    @Test
    void anOfficerCreatesAPartnershipInTheDialogAndAMissingCoreAreaIsSaidAtItsField() {
        String foreign = TestPortal.unique("JB Marks");
        as(officer(ALMHULT), ALMHULT, () -> TestPortal.foreign(foreign));
        karibu.show(officer(ALMHULT), ALMHULT, "partnerships");
        _click(_get(Button.class, spec -> spec.withId("partnerships-new")));
        String title = TestPortal.unique("Mental Health");
        _setValue(_get(TextField.class, spec -> spec.withId("partnership-title-field")), title);
        @SuppressWarnings("unchecked")
        Select<String> country = _get(Select.class, spec -> spec.withId("partnership-country-field"));
        _setValue(country, "ZA");
        _setValue(_get(DatePicker.class, spec -> spec.withId("partnership-starts-on")), LocalDate.of(2020, 1, 1));
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<PartnerOrganisation> parties = _get(MultiSelectComboBox.class, spec -> spec.withId("partnership-foreign-parties"));
        parties.setValue(Set.of(parties.getListDataView().getItems().filter(p -> p.name().equals(foreign)).findFirst().orElseThrow()));
        _click(_get(Button.class, spec -> spec.withId("partnership-save")));
        @SuppressWarnings("unchecked")
        CheckboxGroup<CoreArea> areas = _get(CheckboxGroup.class, spec -> spec.withId("partnership-core-areas"));
        assertThat(areas.isInvalid()).as("at least one core area, said at the field").isTrue();

        _setValue(areas, Set.of(CoreArea.PARTICIPATION));
        _click(_get(Button.class, spec -> spec.withId("partnership-save")));
        assertThat(_get(H1.class, spec -> spec.withId("partnership-title")).getText()).isEqualTo(title);
    }

    @Test
    void theListFiltersByStatusCountryCoreAreaAndPhaseAndAnotherTenantsPartnershipIsAPageThatDoesNotExist() {
        Fixture f = Fixture.inAlmhult();
        karibu.show(reader(ALMHULT), ALMHULT, "partnerships");
        _setValue(_get(TextField.class, spec -> spec.withId("partnerships-filter-text")), f.partnership().title());
        @SuppressWarnings("unchecked")
        Grid<Object> grid = _get(Grid.class, spec -> spec.withId("partnerships-grid"));
        assertThat(_size(grid)).isEqualTo(1);
        @SuppressWarnings("unchecked")
        Select<PhaseKind> phase = _get(Select.class, spec -> spec.withId("partnerships-filter-phase"));
        _setValue(phase, PhaseKind.DISSEMINATION);
        assertThat(_size(grid)).isZero();
        assertThat(_find(Button.class, spec -> spec.withId("partnerships-new"))).as("a reader creates nothing").isEmpty();

        karibu.show(officer(ORUST), ORUST, PartnershipView.path(f.partnership().id()));
        _get(NotFoundView.class);
        karibu.show(officer(ALMHULT), ALMHULT, "partnerships/abc");
        _get(NotFoundView.class);
    }

    @Test
    void aBudgetLineOverTheCeilingIsWarnedAboutAndACostOnTheGrantedPhaseIsEnteredInItsDialog() {
        Fixture f = Fixture.inAlmhult();
        long phase = f.inception().id();
        karibu.show(officer(ALMHULT), ALMHULT, PartnershipView.path(f.partnership().id()) + "?tab=phases");
        _click(_get(Button.class, spec -> spec.withId("phase-" + phase + "-budget-line")));
        _setValue(_get(IntegerField.class, spec -> spec.withId("budget-amount")), 300_000);
        _click(_get(Button.class, spec -> spec.withId("budget-save")));
        assertThat(_find(Callout.class)).extracting(Callout::getText).anyMatch(t -> t.contains("275") && t.contains("tak"));

        _click(_get(Button.class, spec -> spec.withId("phase-" + phase + "-actual")));
        _click(_get(Button.class, spec -> spec.withId("actual-save")));
        assertThat(_get(IntegerField.class, spec -> spec.withId("actual-amount")).isInvalid()).as("an amount is needed").isTrue();
        _setValue(_get(IntegerField.class, spec -> spec.withId("actual-amount")), 58_400);
        _setValue(_get(DatePicker.class, spec -> spec.withId("actual-spent-on")), LocalDate.of(2020, 8, 1));
        _click(_get(Button.class, spec -> spec.withId("actual-save")));
        assertThat(_get(DatePicker.class, spec -> spec.withId("actual-spent-on")).isInvalid()).as("outside the phase").isTrue();
        _setValue(_get(DatePicker.class, spec -> spec.withId("actual-spent-on")), LocalDate.of(2020, 2, 1));
        _click(_get(Button.class, spec -> spec.withId("actual-save")));
        assertThat(as(officer(ALMHULT), ALMHULT, () -> TestPortal.bean(Budgets.class).actuals(f.partnership().id())))
                .singleElement().satisfies(a -> assertThat(a.category()).isEqualTo(CostCategory.TRAVEL));
    }

    @Test
    void aPhaseAVisitAResultAndAReportAreAddedInTheirDialogs() {
        Fixture f = Fixture.inAlmhult();
        long p = f.partnership().id();
        karibu.show(officer(ALMHULT), ALMHULT, PartnershipView.path(p) + "?tab=phases");
        _click(_get(Button.class, spec -> spec.withId("phase-new")));
        @SuppressWarnings("unchecked")
        Select<PhaseKind> kind = _get(Select.class, spec -> spec.withId("phase-kind"));
        _setValue(kind, PhaseKind.PROJECT);
        _setValue(_get(IntegerField.class, spec -> spec.withId("phase-project-year")), 1);
        _setValue(_get(DatePicker.class, spec -> spec.withId("phase-starts-on")), LocalDate.of(2021, 1, 1));
        _setValue(_get(DatePicker.class, spec -> spec.withId("phase-ends-on")), LocalDate.of(2021, 12, 31));
        _click(_get(Button.class, spec -> spec.withId("phase-save")));
        assertThat(as(officer(ALMHULT), ALMHULT, () -> TestPortal.bean(Phases.class).of(p))).hasSize(2);
        assertThat(_find(Callout.class)).extracting(Callout::getText).anyMatch(t -> t.contains("projektledare"));

        karibu.show(officer(ALMHULT), ALMHULT, PartnershipView.path(p) + "?tab=visits");
        _click(_get(Button.class, spec -> spec.withId("visit-new")));
        _setValue(_get(DatePicker.class, spec -> spec.withId("visit-starts-on")), LocalDate.of(2020, 2, 3));
        _setValue(_get(DatePicker.class, spec -> spec.withId("visit-ends-on")), LocalDate.of(2020, 2, 7));
        _setValue(_get(TextField.class, spec -> spec.withId("visit-place")), "Älmhult");
        _click(_get(Button.class, spec -> spec.withId("visit-save")));
        assertThat(_get(PersonRows.class).isInvalid()).as("who went is needed").isTrue();
        _click(_get(Button.class, spec -> spec.withId("visit-participants-add")));
        // the phase chosen first is the newest; the visit belongs to the inception phase of spring 2020
        @SuppressWarnings("unchecked")
        Select<se.samverka.partnerships.phase.Phase> phase = _get(Select.class, spec -> spec.withId("visit-phase"));
        _setValue(phase, f.inception());
        _click(_get(Button.class, spec -> spec.withId("visit-save")));
        assertThat(as(officer(ALMHULT), ALMHULT, () -> TestPortal.bean(Visits.class).of(p))).hasSize(1);

        karibu.show(officer(ALMHULT), ALMHULT, PartnershipView.path(p) + "?tab=results");
        _click(_get(Button.class, spec -> spec.withId("result-new")));
        _setValue(_get(TextArea.class, spec -> spec.withId("result-text")), "Delaktighet i samhället");
        _click(_get(Button.class, spec -> spec.withId("result-save")));
        assertThat(as(officer(ALMHULT), ALMHULT, () -> TestPortal.bean(Results.class).of(p)).results())
                .singleElement().satisfies(r -> assertThat(r.level()).isEqualTo(ResultLevel.GOAL));
        _get(TreeGrid.class, spec -> spec.withId("results-tree"));

        karibu.show(officer(ALMHULT), ALMHULT, PartnershipView.path(p) + "?tab=reports");
        long inception = f.inception().id();
        @SuppressWarnings("unchecked")
        Grid<Object> reports = _get(Grid.class, spec -> spec.withId("reports-grid"));
        _click(_get(GridKt._getCellComponent(reports, 0, "actions"), Button.class,
                spec -> spec.withId("report-" + inception + "-final-2020-open")));
        _setValue(_get(TextArea.class, spec -> spec.withId("report-achievements")), "Två besök");
        _click(_get(Button.class, spec -> spec.withId("report-submit")));
        assertThat(_get(TextArea.class, spec -> spec.withId("report-deviations")).isInvalid()).as("every part is needed").isTrue();
        _setValue(_get(TextArea.class, spec -> spec.withId("report-deviations")), "Inga");
        _setValue(_get(TextArea.class, spec -> spec.withId("report-challenges")), "Uppkopplingen");
        _setValue(_get(TextArea.class, spec -> spec.withId("report-lessons")), "Brukarna först");
        _click(_get(Button.class, spec -> spec.withId("report-submit")));
        assertThat(as(officer(ALMHULT), ALMHULT, () -> TestPortal.bean(Reports.class).schedule(p)).get(0).status())
                .isEqualTo(ReportStatus.SUBMITTED);

        for (String tab : new String[]{"overview", "documents", "history"}) {
            karibu.show(reader(ALMHULT), ALMHULT, PartnershipView.path(p) + "?tab=" + tab);
            _get(H1.class, spec -> spec.withId("partnership-title"));
        }
        assertThat(_size(_get(Grid.class, spec -> spec.withId("partnership-history-grid")))).isPositive();
    }
}
