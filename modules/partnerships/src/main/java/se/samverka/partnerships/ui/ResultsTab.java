package se.samverka.partnerships.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import jakarta.inject.Singleton;
import se.samverka.partnerships.partnership.Partnership;
import se.samverka.partnerships.results.Indicator;
import se.samverka.partnerships.results.Result;
import se.samverka.partnerships.results.Results;
import se.samverka.platform.api.security.CurrentUser;

import java.util.List;
import java.util.stream.Collectors;

/** The results framework (LFA) as a tree, goal to activities, and the indicators with baseline, target and actuals. */
@Singleton
class ResultsTab implements PartnershipTab {

    private final Results results;
    private final CurrentUser user;

    ResultsTab(Results results, CurrentUser user) {
        this.results = results;
        this.user = user;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String labelKey() {
        return "partnerships.ui.tab.results";
    }

    @Override
    public String id() {
        return "results";
    }

    @Override
    public Component create(Partnership p, Runnable changed) {
        VerticalLayout tab = new VerticalLayout();
        tab.setId("partnership-results");
        tab.add(new H2(tab.getTranslation("partnerships.ui.tab.results")));
        Results.Framework framework = results.of(p.id());
        if (user.isChanger()) {
            Button add = new Button(tab.getTranslation("partnerships.ui.result.new"),
                    e -> new StatementDialog(results, p, framework.results(), changed).open());
            add.setId("result-new");
            Button indicator = new Button(tab.getTranslation("partnerships.ui.indicator.new"),
                    e -> new IndicatorDialog(results, p, framework.results(), changed).open());
            indicator.setId("indicator-new");
            indicator.setEnabled(!framework.results().isEmpty());
            tab.add(new HorizontalLayout(add, indicator));
        }
        if (framework.results().isEmpty()) {
            tab.add(new Paragraph(tab.getTranslation("partnerships.ui.results.empty")));
            return tab;
        }
        TreeGrid<Result> tree = new TreeGrid<>();
        tree.setId("results-tree");
        tree.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        tree.addHierarchyColumn(r -> tab.getTranslation(r.level().labelKey()) + ": " + r.text())
                .setHeader(tab.getTranslation("partnerships.field.result-text")).setFlexGrow(3);
        tree.addColumn(r -> String.valueOf(framework.of(r).size())).setHeader(tab.getTranslation("partnerships.ui.results.indicators"));
        List<Result> all = framework.results();
        tree.setItems(all.stream().filter(r -> r.parentId() == null).toList(),
                parent -> all.stream().filter(r -> parent.id().equals(r.parentId())).toList());
        tree.expandRecursively(all.stream().filter(r -> r.parentId() == null).toList(), 4);
        tree.setAllRowsVisible(true);
        tab.add(tree);

        Grid<Indicator> indicators = new Grid<>();
        indicators.setId("indicators-grid");
        indicators.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        indicators.addColumn(Indicator::name).setHeader(tab.getTranslation("partnerships.field.indicator-name")).setFlexGrow(2);
        indicators.addColumn(i -> tab.getTranslation(i.level().labelKey())).setHeader(tab.getTranslation("partnerships.field.change-level"));
        indicators.addColumn(i -> i.baseline() == null ? "–" : i.baseline()).setHeader(tab.getTranslation("partnerships.field.baseline"));
        indicators.addColumn(i -> i.target() == null ? "–" : i.target()).setHeader(tab.getTranslation("partnerships.field.target"));
        indicators.addColumn(i -> i.actuals().isEmpty() ? "–" : i.actuals().stream().map(v -> v.year() + ": " + v.value())
                .collect(Collectors.joining("; ")))
                .setHeader(tab.getTranslation("partnerships.field.actuals")).setFlexGrow(2);
        indicators.addColumn(i -> i.verification() == null ? "–" : i.verification())
                .setHeader(tab.getTranslation("partnerships.field.verification"));
        indicators.setItems(framework.indicators());
        indicators.setAllRowsVisible(true);
        indicators.setEmptyStateText(tab.getTranslation("partnerships.ui.indicators.empty"));
        tab.add(indicators);
        return tab;
    }
}
