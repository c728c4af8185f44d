package se.samverka.partnerships.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import jakarta.inject.Singleton;
import se.samverka.partnerships.partnership.Partnership;
import se.samverka.partnerships.phase.Phase;
import se.samverka.partnerships.phase.Phases;
import se.samverka.partnerships.report.Report;
import se.samverka.partnerships.report.Reports;
import se.samverka.partnerships.report.ScheduledReport;
import se.samverka.partnerships.visit.Visit;
import se.samverka.partnerships.visit.Visits;
import se.samverka.platform.api.audit.AuditLog;
import se.samverka.platform.api.ui.RecordHistory;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** What happened to the partnership, its phases, visits and reports, from the audit log, in words. */
@Singleton
class HistoryTab implements PartnershipTab {

    static final int SHOWN = 200;

    private final AuditLog audit;
    private final Phases phases;
    private final Visits visits;
    private final Reports reports;

    HistoryTab(AuditLog audit, Phases phases, Visits visits, Reports reports) {
        this.audit = audit;
        this.phases = phases;
        this.visits = visits;
        this.reports = reports;
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public String labelKey() {
        return "partnerships.ui.tab.history";
    }

    @Override
    public String id() {
        return "history";
    }

    @Override
    public Component create(Partnership p, Runnable changed) {
        VerticalLayout tab = new VerticalLayout();
        tab.setId("partnership-history");
        tab.add(new H2(tab.getTranslation("partnerships.ui.tab.history")));
        List<String> phaseIds = phases.of(p.id()).stream().map(ph -> String.valueOf(ph.id())).toList();
        List<String> visitIds = visits.of(p.id()).stream().map(v -> String.valueOf(v.id())).toList();
        List<String> reportIds = reports.schedule(p.id()).stream().map(ScheduledReport::report).filter(Objects::nonNull)
                .map(r -> String.valueOf(r.id())).toList();
        List<AuditLog.Entry> entries = audit.historyOf(Map.of(Partnership.RECORD_TYPE, List.of(String.valueOf(p.id())),
                Phase.RECORD_TYPE, phaseIds, Visit.RECORD_TYPE, visitIds, Report.RECORD_TYPE, reportIds), SHOWN);
        RecordHistory history = new RecordHistory(entries,
                e -> tab.getTranslation("partnerships.history." + e.recordType()) + ": "
                        + tab.getTranslation("partnerships.history.action." + e.action()),
                field -> label(tab, field));
        history.setId("partnership-history-grid");
        tab.add(history);
        return tab;
    }

    /** A field's label: the module's {@code partnerships.field.<name>} where it has one, else the field's own name. */
    private static String label(Component tab, String field) {
        String key = "partnerships.field." + field.replaceAll("\\[\\d+]", "").replaceAll("\\..*", "")
                .replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
        String label = tab.getTranslation(key);
        return label.startsWith("!") ? field : label;
    }
}
