package se.samverka.platform.api.audit;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The append-only audit log: every change made through the platform or a module is recorded with
 * who, which tenant, when, what and the changed fields. Call it inside the transaction of the change.
 */
public interface AuditLog {

    /**
     * Records a change in the current tenant by the current user.
     *
     * @param action     e.g. {@code "create"}, {@code "update"}, {@code "delete"}, {@code "module.enable"}
     * @param recordType e.g. {@code "agreement"}
     * @param recordId   the record's id
     * @param changes    changed fields: name to (old, new); old is {@code null} on create
     */
    void record(String action, String recordType, String recordId, Map<String, Change> changes);

    default void record(String action, String recordType, String recordId) {
        record(action, recordType, recordId, Map.of());
    }

    /**
     * The history of records in the current tenant, newest first, at most {@code limit} entries: for a record's
     * history tab (the module has already checked that the user may see the records).
     *
     * @param records record type to the ids of that type, e.g. {@code programme → [12]}, {@code group → [3, 4]}
     */
    List<Entry> historyOf(Map<String, ? extends Collection<String>> records, int limit);

    /** One changed field. */
    record Change(Object from, Object to) {
    }

    /** A recorded change: when, who (a username or {@code system:<purpose>}), what, and the fields as text. */
    record Entry(Instant at, String actor, String action, String recordType, String recordId, Map<String, Change> changes) {
    }
}
