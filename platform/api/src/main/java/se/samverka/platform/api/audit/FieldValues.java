package se.samverka.platform.api.audit;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A record's values as a flat, ordered map from a field path ({@code "period.end"},
 * {@code "parties[2].commitments[1]"}) to text: what the audit log records as changed fields and
 * what the history compares between two versions. Bookkeeping (ids, tenant, lock version,
 * timestamps) is left out: it changes with every write and says nothing about the content.
 */
public final class FieldValues {

    /** Longer values are shortened in the audit log (the history keeps the full text). */
    static final int AUDIT_MAX_LENGTH = 500;

    private static final Set<String> BOOKKEEPING = Set.of("id", "tenantId", "version", "createdAt", "createdBy",
            "updatedAt", "updatedBy");

    private FieldValues() {
    }

    /** The flat values of a record (nested records and lists included); empty for null. */
    public static Map<String, String> of(Object value) {
        Map<String, String> values = new LinkedHashMap<>();
        flatten("", value, values);
        return values;
    }

    /** The flat values of a value under a name, e.g. {@code of("decision", decision)} gives {@code decision.date}. */
    public static Map<String, String> of(String name, Object value) {
        Map<String, String> values = new LinkedHashMap<>();
        flatten(name, value, values);
        return values;
    }

    /** The audit log's changed fields between two states of a record. */
    public static Map<String, AuditLog.Change> changes(Object before, Object after) {
        return changes(of(before), of(after));
    }

    /** The audit log's changed fields between two flat states; a field absent on one side is null there. */
    public static Map<String, AuditLog.Change> changes(Map<String, String> before, Map<String, String> after) {
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        Map<String, AuditLog.Change> changes = new LinkedHashMap<>();
        for (String field : fields) {
            String from = before.get(field);
            String to = after.get(field);
            if (!Objects.equals(from, to)) {
                changes.put(field, new AuditLog.Change(shorten(from), shorten(to)));
            }
        }
        return changes;
    }

    /** The fields of a new record, each changed from nothing. */
    public static Map<String, AuditLog.Change> created(Object record) {
        return changes(Map.of(), of(record));
    }

    static String shorten(String value) {
        if (value == null || value.length() <= AUDIT_MAX_LENGTH) {
            return value;
        }
        return value.substring(0, AUDIT_MAX_LENGTH) + "… (" + value.length() + " tecken)";
    }

    private static void flatten(String path, Object value, Map<String, String> into) {
        if (value == null) {
            return;
        }
        if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                if (path.isEmpty() && BOOKKEEPING.contains(component.getName())) {
                    continue;
                }
                flatten(join(path, component.getName()), read(component, record), into);
            }
        } else if (value instanceof Collection<?> items) {
            int index = 1;
            for (Object item : items) {
                flatten(path + "[" + index++ + "]", item, into);
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> flatten(path + "[" + key + "]", item, into));
        } else if (value instanceof java.util.Optional<?> optional) {
            optional.ifPresent(present -> flatten(path, present, into));
        } else if (value instanceof Enum<?> constant) {
            into.put(path, constant.name());
        } else {
            into.put(path, String.valueOf(value));
        }
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + component.getName() + " of " + record.getClass().getName(), e);
        }
    }
}
