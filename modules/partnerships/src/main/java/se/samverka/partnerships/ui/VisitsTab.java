package se.samverka.partnerships.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import jakarta.inject.Singleton;
import se.samverka.partnerships.partnership.Partnership;
import se.samverka.partnerships.phase.Phase;
import se.samverka.partnerships.phase.Phases;
import se.samverka.partnerships.visit.Visit;
import se.samverka.partnerships.visit.Visits;
import se.samverka.platform.api.security.CurrentUser;
import se.samverka.platform.api.ui.Formats;
import se.samverka.platform.api.ui.RowActions;

import java.util.List;
import java.util.stream.Collectors;

/** The exchange visits: direction, dates, place, who went (counts by function), and the visit report. */
@Singleton
class VisitsTab implements PartnershipTab {

    private final Visits visits;
    private final Phases phases;
    private final CurrentUser user;

    VisitsTab(Visits visits, Phases phases, CurrentUser user) {
        this.visits = visits;
        this.phases = phases;
        this.user = user;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String labelKey() {
        return "partnerships.ui.tab.visits";
    }

    @Override
    public String id() {
        return "visits";
    }

    @Override
    public Component create(Partnership p, Runnable changed) {
        VerticalLayout tab = new VerticalLayout();
        tab.setId("partnership-visits");
        tab.add(new H2(tab.getTranslation("partnerships.ui.tab.visits")));
        List<Phase> all = phases.of(p.id());
        if (user.isChanger()) {
            Button add = new Button(tab.getTranslation("partnerships.ui.visit.new"), e -> new VisitDialog(visits, p, all, null, changed).open());
            add.setId("visit-new");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.setEnabled(!all.isEmpty());
            if (all.isEmpty()) {
                add.setTooltipText(tab.getTranslation("partnerships.ui.visit.no-phase"));
            }
            tab.add(add);
        }
        Grid<Visit> grid = new Grid<>();
        grid.setId("visits-grid");
        grid.addColumn(v -> Formats.period(v.startsOn(), v.endsOn())).setHeader(tab.getTranslation("partnerships.field.period"))
                .setAutoWidth(true);
        grid.addColumn(v -> tab.getTranslation(v.direction().labelKey())).setHeader(tab.getTranslation("partnerships.field.direction"));
        grid.addColumn(Visit::place).setHeader(tab.getTranslation("partnerships.field.place"));
        grid.addColumn(v -> v.participants().stream().map(x -> x.count() + " " + tab.getTranslation(x.function().labelKey())
                + " (" + tab.getTranslation(x.side().labelKey()) + ")").collect(Collectors.joining(", ")))
                .setHeader(tab.getTranslation("partnerships.field.participants")).setFlexGrow(2);
        grid.addColumn(v -> v.report() == null ? tab.getTranslation("partnerships.ui.visit.no-report") : v.report())
                .setHeader(tab.getTranslation("partnerships.field.visit-report")).setFlexGrow(2);
        if (user.isChanger()) {
            RowActions.add(grid, tab.getTranslation("partnerships.ui.actions"), v -> {
                Button edit = new Button(tab.getTranslation("partnerships.ui.edit"), e -> new VisitDialog(visits, p, all, v, changed).open());
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                edit.setId("visit-" + v.id() + "-edit");
                edit.setAriaLabel(tab.getTranslation("partnerships.ui.visit.edit-of", v.place(), Formats.date(v.startsOn())));
                return edit;
            });
        }
        grid.setItems(visits.of(p.id()));
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(tab.getTranslation("partnerships.ui.visits.empty"));
        tab.add(grid);
        return tab;
    }
}
