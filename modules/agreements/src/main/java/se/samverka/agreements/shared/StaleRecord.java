package se.samverka.agreements.shared;

import java.time.Instant;

/**
 * A change based on a version of a record that someone else has changed since it was read: the
 * change is refused so that nothing is overwritten silently; the user reloads and decides again.
 */
public class StaleRecord extends Refusal {

    /** A record that says who changed it last and when. */
    public StaleRecord(String recordType, Object id, String changedBy, Instant changedAt) {
        super("agreements.refused.stale", Refusal.label("agreements.record." + recordType), String.valueOf(id),
                changedBy, String.valueOf(changedAt));
    }

    /** A record that does not keep who changed it. */
    public StaleRecord(String recordType, Object id) {
        super("agreements.refused.stale-anonymous", Refusal.label("agreements.record." + recordType), String.valueOf(id));
    }
}
