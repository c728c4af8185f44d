package se.samverka.partnerships.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import jakarta.inject.Singleton;
import se.samverka.partnerships.partnership.Partnership;
import se.samverka.partnerships.report.ReportStatus;
import se.samverka.partnerships.report.Reports;
import se.samverka.partnerships.report.ScheduledReport;
import se.samverka.platform.api.security.CurrentUser;
import se.samverka.platform.api.ui.Badge;
import se.samverka.platform.api.ui.Formats;
import se.samverka.platform.api.ui.RowActions;
import se.samverka.platform.api.ui.Notices;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The reports the phases call for, by due date: overdue ones marked, each written in its dialog, submitted to ICLD
 * and marked approved when ICLD approves.
 */
@Singleton
class ReportsTab implements PartnershipTab {

    private final Reports reports;
    private final CurrentUser user;
    private final Clock clock;

    ReportsTab(Reports reports, CurrentUser user, Clock clock) {
        this.reports = reports;
        this.user = user;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String labelKey() {
        return "partnerships.ui.tab.reports";
    }

    @Override
    public String id() {
        return "reports";
    }

    @Override
    public Component create(Partnership p, Runnable changed) {
        VerticalLayout tab = new VerticalLayout();
        tab.setId("partnership-reports");
        tab.add(new H2(tab.getTranslation("partnerships.ui.tab.reports")));
        LocalDate today = LocalDate.now(clock);
        Grid<ScheduledReport> grid = new Grid<>();
        grid.setId("reports-grid");
        grid.addColumn(r -> name(tab, r)).setHeader(tab.getTranslation("partnerships.ui.report.report")).setFlexGrow(2);
        grid.addColumn(r -> Formats.date(r.dueOn())).setHeader(tab.getTranslation("partnerships.field.due-on")).setAutoWidth(true);
        grid.addComponentColumn(r -> {
            boolean overdue = r.status().isOpen() && r.dueOn().isBefore(today);
            return Badge.of(tab.getTranslation(overdue ? "partnerships.ui.report.overdue" : r.status().labelKey()),
                    overdue ? Badge.Tone.ERROR : r.status() == ReportStatus.APPROVED ? Badge.Tone.SUCCESS : Badge.Tone.NEUTRAL);
        }).setHeader(tab.getTranslation("partnerships.field.status"));
        RowActions.add(grid, tab.getTranslation("partnerships.ui.actions"), r -> actions(tab, p, r, changed));
        grid.setItems(reports.schedule(p.id()));
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(tab.getTranslation("partnerships.ui.reports.empty"));
        tab.add(grid);
        return tab;
    }

    private Component actions(Component tab, Partnership p, ScheduledReport r, Runnable changed) {
        HorizontalLayout actions = new HorizontalLayout();
        String key = r.phaseId() + "-" + r.kind().name().toLowerCase(java.util.Locale.ROOT) + "-" + r.accountingYear();
        String name = name(tab, r);
        Button open = new Button(tab.getTranslation(r.report() == null ? "partnerships.ui.report.start" : "partnerships.ui.report.open"),
                e -> new ReportDialog(reports, r, user.isChanger(), changed).open());
        open.setId("report-" + key + "-open");
        open.setAriaLabel(tab.getTranslation(r.report() == null ? "partnerships.ui.report.start-of" : "partnerships.ui.report.open-of", name));
        open.setVisible(r.report() != null || user.isChanger());
        actions.add(open);
        if (user.isChanger() && r.report() != null && r.status() == ReportStatus.SUBMITTED) {
            Button approve = new Button(tab.getTranslation("partnerships.ui.report.approve"), e -> {
                reports.approve(r.report().id(), r.report().version(), null);
                Notices.done(tab.getTranslation("partnerships.ui.report.approved", name));
                changed.run();
            });
            approve.setId("report-" + key + "-approve");
            approve.setAriaLabel(tab.getTranslation("partnerships.ui.report.approve-of", name));
            actions.add(approve);
        }
        actions.getChildren().forEach(c -> ((Button) c).addThemeVariants(ButtonVariant.LUMO_TERTIARY));
        return actions;
    }

    static String name(Component tab, ScheduledReport r) {
        return tab.getTranslation("partnerships.ui.report.name", tab.getTranslation(r.kind().labelKey()), r.accountingYear(),
                tab.getTranslation(r.phaseKind().labelKey()));
    }

}
