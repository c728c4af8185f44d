package se.samverka.groups.overview;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import jakarta.inject.Singleton;
import se.samverka.groups.GroupsModule;
import se.samverka.groups.disclosure.CellKey;
import se.samverka.groups.disclosure.CountTable;
import se.samverka.groups.disclosure.Disclosure;
import se.samverka.groups.disclosure.ProtectedTable;
import se.samverka.groups.ui.ProgrammeView;
import se.samverka.platform.api.module.DashboardWidget;
import se.samverka.platform.api.module.LocalizedText;
import se.samverka.platform.api.security.Roles;
import se.samverka.platform.api.ui.BarChart;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The dashboard card "children reached": per programme, the children and young people enrolled in the last
 * reported half-year, as bars, protected (a dashboard is looked at together, on screens in meeting rooms):
 * a small count shows as "<5", and the total it would give away is hidden too. One aggregate query.
 */
@Singleton
class ChildrenReachedWidget implements DashboardWidget {

    static final String ID = "children-reached";
    static final String TOTAL = "total";

    private final ChildrenReached reached;
    private final Disclosure disclosure;
    private final Clock clock;

    ChildrenReachedWidget(ChildrenReached reached, Disclosure disclosure, Clock clock) {
        this.reached = reached;
        this.disclosure = disclosure;
        this.clock = clock;
    }

    @Override
    public String moduleId() {
        return GroupsModule.ID;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText title() {
        return new LocalizedText("Barn som nåtts", "Children reached");
    }

    @Override
    public Set<String> roles() {
        return Set.of(Roles.CASE_OFFICER, Roles.TENANT_ADMIN, Roles.READER, Roles.PARTNER);
    }

    @Override
    public Component create() {
        Div card = new Div();
        card.setId("groups-children-reached");
        ChildrenReached.Half half = reached.lastReported(LocalDate.now(clock));
        if (half.rows().isEmpty()) {
            card.add(new Paragraph(card.getTranslation("groups.widget.empty")));
            return card;
        }
        String column = half.period().key();
        CountTable.Builder table = CountTable.builder();
        List<CellKey> parts = new ArrayList<>();
        long total = 0;
        for (ChildrenReached.Row row : half.rows()) {
            table.cell("p" + row.programmeId(), column, row.enrolled());
            parts.add(new CellKey("p" + row.programmeId(), column));
            total += row.enrolled();
        }
        table.cell(TOTAL, column, total).line(new CellKey(TOTAL, column), parts);
        ProtectedTable shown = disclosure.protectedTable(table.build());
        List<BarChart.Bar> bars = new ArrayList<>();
        for (ChildrenReached.Row row : half.rows()) {
            CellKey cell = new CellKey("p" + row.programmeId(), column);
            bars.add(new BarChart.Bar("groups-reached-" + row.programmeId(), row.name(),
                    shown.isHidden(cell) ? 0 : row.enrolled(), shown.shown(cell), ProgrammeView.path(row.programmeId())));
        }
        String shownTotal = shown.shown(new CellKey(TOTAL, column));
        card.add(new Paragraph(card.getTranslation("groups.widget.period", half.period().term().toString(), shownTotal)),
                new BarChart(card.getTranslation("groups.widget.label", half.period().term().toString()), bars));
        if (shown.hidesAnything()) {
            card.add(new Paragraph(card.getTranslation("groups.ui.table.footnote", shown.threshold())));
        }
        return card;
    }
}
