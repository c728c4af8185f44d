package se.samverka.groups.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import jakarta.inject.Singleton;
import se.samverka.groups.group.GroupStatus;
import se.samverka.groups.group.Groups;
import se.samverka.groups.group.SupportGroup;
import se.samverka.groups.programme.Programme;
import se.samverka.platform.api.ui.Badge;
import se.samverka.platform.api.ui.Callout;
import se.samverka.platform.api.ui.Formats;
import se.samverka.platform.api.ui.RowActions;

import java.util.List;

/**
 * A programme's groups, newest term first: when, where, how many sessions, leaders by function, status.
 * Warns when a group that is planned or running has no leader with behavioural-science training (seed 003).
 */
@Singleton
class GroupsTab implements ProgrammeTab {

    private final Groups groups;

    GroupsTab(Groups groups) {
        this.groups = groups;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String labelKey() {
        return "groups.ui.tab.groups";
    }

    @Override
    public String id() {
        return "groups";
    }

    @Override
    public Component create(Programme programme, Runnable changed) {
        VerticalLayout tab = new VerticalLayout();
        tab.setId("programme-groups");
        tab.add(new H2(tab.getTranslation("groups.ui.tab.groups")));
        List<SupportGroup> all = groups.of(programme.id());
        boolean mayChange = groups.mayChange(programme);
        all.stream().filter(g -> (g.status() == GroupStatus.PLANNED || g.status() == GroupStatus.RUNNING) && !g.hasTrainedLeader())
                .forEach(g -> tab.add(Callout.warning(tab.getTranslation("groups.ui.group.untrained", g.name(), g.term().toString()))));
        if (mayChange) {
            Button add = new Button(tab.getTranslation("groups.ui.group.new"), e -> new GroupDialog(groups, programme, null, changed).open());
            add.setId("group-new");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            tab.add(add);
        }
        Grid<SupportGroup> grid = new Grid<>();
        grid.setId("groups-grid");
        grid.addColumn(SupportGroup::name).setHeader(tab.getTranslation("groups.field.group-name")).setFlexGrow(2);
        grid.addColumn(g -> g.term().toString()).setHeader(tab.getTranslation("groups.ui.term"));
        grid.addColumn(g -> Formats.period(g.startsOn(), g.endsOn())).setHeader(tab.getTranslation("groups.ui.dates"));
        grid.addColumn(g -> g.venue() == null ? "–" : g.venue()).setHeader(tab.getTranslation("groups.field.venue"));
        grid.addColumn(g -> String.join(", ", g.leaders().stream().map(l -> l.function()
                + (l.trained() ? " (" + tab.getTranslation("groups.ui.leader.trained-short") + ")" : "")).toList()))
                .setHeader(tab.getTranslation("groups.ui.leaders")).setFlexGrow(2);
        grid.addComponentColumn(g -> Badge.of(tab.getTranslation(g.status().labelKey()), tone(g.status())))
                .setHeader(tab.getTranslation("groups.ui.status"));
        if (mayChange) {
            RowActions.add(grid, tab.getTranslation("groups.ui.actions"), g -> actions(tab, programme, g, changed));
        }
        grid.setItems(all);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(tab.getTranslation("groups.ui.groups.empty"));
        tab.add(grid);
        return tab;
    }

    private Component actions(Component tab, Programme programme, SupportGroup group, Runnable changed) {
        HorizontalLayout actions = new HorizontalLayout();
        Button edit = new Button(tab.getTranslation("groups.ui.edit"), e -> new GroupDialog(groups, programme, group, changed).open());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        edit.setAriaLabel(tab.getTranslation("groups.ui.group.edit-of", group.name()));
        actions.add(edit);
        for (GroupStatus next : group.status().next()) {
            Button move = new Button(tab.getTranslation("groups.ui.group.to." + next.name()),
                    e -> new GroupStatusDialog(groups, group, next, changed).open());
            move.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            move.setAriaLabel(tab.getTranslation("groups.ui.group.to-of." + next.name(), group.name()));
            move.setId("group-" + group.id() + "-to-" + next.name());
            actions.add(move);
        }
        return actions;
    }

    static Badge.Tone tone(GroupStatus status) {
        return switch (status) {
            case PLANNED -> Badge.Tone.NEUTRAL;
            case RUNNING -> Badge.Tone.SUCCESS;
            case COMPLETED -> Badge.Tone.MUTED;
            case CANCELLED -> Badge.Tone.ERROR;
        };
    }
}
