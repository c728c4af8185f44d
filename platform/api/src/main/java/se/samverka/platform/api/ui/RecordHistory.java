package se.samverka.platform.api.ui;

import com.vaadin.flow.component.grid.Grid;
import se.samverka.platform.api.audit.AuditLog;
import se.samverka.platform.api.refusal.Refusal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A record's history from the audit log, in words people read: when, who (their name, or the portal's own
 * work), what was done to which record, and each changed field from → to.
 */
public class RecordHistory extends Grid<AuditLog.Entry> {

    public static final String ACTOR = "history.actor";

    /**
     * @param what       the words for an entry's action on its record, e.g. "Gruppen Onsdagsgruppen ändrades"
     * @param fieldLabel a field's name as people read it (the module's label of the field)
     */
    public RecordHistory(List<AuditLog.Entry> entries, Function<AuditLog.Entry, String> what, Function<String, String> fieldLabel) {
        addClassName("samverka-record-history");
        addColumn(e -> Formats.dateTime(e.at())).setHeader(getTranslation("history.when")).setAutoWidth(true);
        addColumn(e -> getTranslation(ACTOR, Refusal.person(e.actor()))).setHeader(getTranslation("history.who")).setAutoWidth(true);
        addColumn(what::apply).setHeader(getTranslation("history.what")).setFlexGrow(1);
        addColumn(e -> changes(e.changes(), fieldLabel)).setHeader(getTranslation("history.changes")).setFlexGrow(2);
        setItems(entries);
        setAllRowsVisible(true);
        setEmptyStateText(getTranslation("history.empty"));
    }

    static String changes(Map<String, AuditLog.Change> changes, Function<String, String> fieldLabel) {
        return changes.entrySet().stream().map(c -> fieldLabel.apply(c.getKey()) + ": " + text(c.getValue().from()) + " → "
                + text(c.getValue().to())).collect(Collectors.joining("; "));
    }

    private static String text(Object value) {
        return value == null ? "–" : value.toString();
    }
}
