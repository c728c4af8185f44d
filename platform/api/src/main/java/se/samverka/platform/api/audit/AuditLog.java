package se.samverka.platform.api.audit;

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

    /** One changed field. */
    record Change(Object from, Object to) {
    }
}
