package se.samverka.partnerships.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import jakarta.inject.Singleton;
import se.samverka.partnerships.budget.BudgetOverview;
import se.samverka.partnerships.budget.Budgets;
import se.samverka.partnerships.partnership.Partnership;
import se.samverka.partnerships.phase.Phase;
import se.samverka.partnerships.phase.Phases;
import se.samverka.platform.api.security.CurrentUser;
import se.samverka.platform.api.ui.Badge;
import se.samverka.platform.api.ui.Callout;
import se.samverka.platform.api.ui.Formats;

import java.util.List;

/**
 * The phases with ICLD's decisions and team warnings, and each phase's budget against what was spent per year and
 * category: ceilings, what remains, ineligible costs flagged, claims and what came back.
 */
@Singleton
class PhasesTab implements PartnershipTab {

    private final Phases phases;
    private final Budgets budgets;
    private final CurrentUser user;

    PhasesTab(Phases phases, Budgets budgets, CurrentUser user) {
        this.phases = phases;
        this.budgets = budgets;
        this.user = user;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String labelKey() {
        return "partnerships.ui.tab.phases";
    }

    @Override
    public String id() {
        return "phases";
    }

    @Override
    public Component create(Partnership p, Runnable changed) {
        VerticalLayout tab = new VerticalLayout();
        tab.setId("partnership-phases");
        tab.add(new H2(tab.getTranslation("partnerships.ui.tab.phases")));
        List<Phase> all = phases.of(p.id());
        boolean mayChange = user.isChanger();
        if (mayChange) {
            Button add = new Button(tab.getTranslation("partnerships.ui.phase.new"), e -> new PhaseDialog(phases, p, null, changed).open());
            add.setId("phase-new");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            tab.add(add);
        }
        if (all.isEmpty()) {
            tab.add(new Paragraph(tab.getTranslation("partnerships.ui.phases.empty")));
            return tab;
        }
        BudgetOverview overview = budgets.overview(p.id(), p.countryCode());
        for (Phase phase : all) {
            BudgetOverview.PhaseBudget budget = overview.phases().stream().filter(b -> b.phaseId() == phase.id()).findFirst().orElseThrow();
            tab.add(phaseSection(tab, p, phase, budget, mayChange, changed));
        }
        tab.add(new Paragraph(tab.getTranslation("partnerships.ui.budget.total", Formats.sek(overview.approved()),
                Formats.sek(overview.spent()), Formats.sek(overview.remaining()))));
        return tab;
    }

    private Component phaseSection(Component tab, Partnership p, Phase phase, BudgetOverview.PhaseBudget budget, boolean mayChange,
                                   Runnable changed) {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.setId("phase-" + phase.id());
        String name = phaseName(tab, phase);
        HorizontalLayout heading = new HorizontalLayout(new H3(name),
                Badge.of(tab.getTranslation(phase.status().labelKey()), phase.status().isGranted() ? Badge.Tone.SUCCESS : Badge.Tone.NEUTRAL));
        heading.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        section.add(heading);
        section.add(new Paragraph(tab.getTranslation("partnerships.ui.phase.facts", Formats.period(phase.startsOn(), phase.endsOn()),
                phase.grantedSek() == null ? "–" : Formats.sek(phase.grantedSek()),
                phase.decisionRef() == null ? "–" : phase.decisionRef())));
        phases.warnings(phase).forEach(w -> section.add(Callout.warning(tab.getTranslation(w.messageKey(),
                PartnershipTexts.arguments(tab, w)))));
        if (budget.overCeiling()) {
            section.add(Callout.warning(tab.getTranslation("partnerships.warning.over-ceiling", Formats.sek(budget.ceiling()),
                    budget.yearsOverCeiling().stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse(""))));
        }
        if (budget.ineligibleSpent()) {
            section.add(Callout.warning(tab.getTranslation("partnerships.warning.ineligible-spent")));
        }
        Grid<BudgetOverview.Line> grid = new Grid<>();
        grid.setId("phase-" + phase.id() + "-budget");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addColumn(BudgetOverview.Line::year).setHeader(tab.getTranslation("partnerships.field.budget-year")).setAutoWidth(true);
        grid.addColumn(l -> tab.getTranslation(l.category().labelKey())
                + (l.eligible() ? "" : " (" + tab.getTranslation("partnerships.ui.budget.ineligible") + ")"))
                .setHeader(tab.getTranslation("partnerships.field.category")).setFlexGrow(2);
        grid.addColumn(l -> Formats.sek(l.approved())).setHeader(tab.getTranslation("partnerships.ui.budget.approved"));
        grid.addColumn(l -> Formats.sek(l.spent())).setHeader(tab.getTranslation("partnerships.ui.budget.spent"));
        grid.addColumn(l -> Formats.sek(l.remaining())).setHeader(tab.getTranslation("partnerships.ui.budget.remaining"));
        grid.setItems(budget.lines());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(tab.getTranslation("partnerships.ui.budget.empty"));
        section.add(grid);
        section.add(new Paragraph(tab.getTranslation("partnerships.ui.budget.phase-total", Formats.sek(budget.approved()),
                Formats.sek(budget.spent()), Formats.sek(budget.remaining()), Formats.sek(budget.claimed()),
                Formats.sek(budget.received()))));
        if (mayChange) {
            Button edit = new Button(tab.getTranslation("partnerships.ui.phase.edit"), e -> new PhaseDialog(phases, p, phase, changed).open());
            edit.setId("phase-" + phase.id() + "-edit");
            edit.setAriaLabel(tab.getTranslation("partnerships.ui.phase.edit-of", name));
            Button line = new Button(tab.getTranslation("partnerships.ui.budget.set-line"),
                    e -> new BudgetLineDialog(budgets, phase, changed).open());
            line.setId("phase-" + phase.id() + "-budget-line");
            line.setAriaLabel(tab.getTranslation("partnerships.ui.budget.set-line-of", name));
            Button cost = new Button(tab.getTranslation("partnerships.ui.actual.new"),
                    e -> new ActualDialog(budgets, phase, changed).open());
            cost.setId("phase-" + phase.id() + "-actual");
            cost.setAriaLabel(tab.getTranslation("partnerships.ui.actual.new-of", name));
            cost.setEnabled(phase.status().isGranted());
            if (!phase.status().isGranted()) {
                cost.setTooltipText(tab.getTranslation("partnerships.ui.actual.not-granted"));
            }
            for (Button b : List.of(edit, line, cost)) {
                b.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            }
            section.add(new HorizontalLayout(edit, line, cost));
        }
        return section;
    }

    static String phaseName(Component tab, Phase phase) {
        String kind = tab.getTranslation(phase.kind().labelKey());
        return phase.projectYear() == null ? kind : tab.getTranslation("partnerships.ui.phase.project-year", kind, phase.projectYear());
    }
}
