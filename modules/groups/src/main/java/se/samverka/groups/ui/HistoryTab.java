package se.samverka.groups.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import jakarta.inject.Singleton;
import se.samverka.groups.followup.FollowUp;
import se.samverka.groups.followup.FollowUps;
import se.samverka.groups.group.Groups;
import se.samverka.groups.group.SupportGroup;
import se.samverka.groups.programme.Programme;
import se.samverka.platform.api.audit.AuditLog;
import se.samverka.platform.api.ui.RecordHistory;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What happened to a programme, its groups and its follow-ups, from the audit log: counts changed, never
 * a comment's text (the follow-up's audit records only that a comment changed).
 */
@Singleton
class HistoryTab implements ProgrammeTab {

    static final int SHOWN = 200;

    private final AuditLog audit;
    private final Groups groups;
    private final FollowUps followUps;

    HistoryTab(AuditLog audit, Groups groups, FollowUps followUps) {
        this.audit = audit;
        this.groups = groups;
        this.followUps = followUps;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String labelKey() {
        return "groups.ui.tab.history";
    }

    @Override
    public String id() {
        return "history";
    }

    @Override
    public Component create(Programme programme, Runnable changed) {
        VerticalLayout tab = new VerticalLayout();
        tab.setId("programme-history");
        tab.add(new H2(tab.getTranslation("groups.ui.tab.history")));
        List<String> groupIds = groups.of(programme.id()).stream().map(g -> String.valueOf(g.id())).toList();
        List<String> followUpIds = followUps.of(programme.id()).stream().map(f -> String.valueOf(f.id())).toList();
        List<AuditLog.Entry> entries = audit.historyOf(Map.of(Programme.RECORD_TYPE, List.of(String.valueOf(programme.id())),
                SupportGroup.RECORD_TYPE, groupIds, FollowUp.RECORD_TYPE, followUpIds), SHOWN);
        RecordHistory history = new RecordHistory(entries,
                e -> tab.getTranslation("groups.history." + e.recordType()) + ": " + tab.getTranslation("groups.history.action." + e.action()),
                field -> label(tab, field));
        history.setId("programme-history-grid");
        tab.add(history);
        return tab;
    }

    /** A field's label: the module's {@code groups.field.<name>} where it has one, else the field's own name. */
    private static String label(Component tab, String field) {
        String key = "groups.field." + field.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
        String label = tab.getTranslation(key);
        return label.startsWith("!") ? field : label;
    }
}
