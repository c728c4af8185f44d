package se.samverka.platform.api.refusal;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.Optional;

/**
 * A change based on a version of a record that someone else has changed since it was read: refused so
 * that nothing is overwritten silently; the user reloads and decides again. Says who changed it and
 * when, when the record keeps that (the platform shows the person's name and the time in Swedish time).
 */
public class StaleRecord extends Refusal {

    public static final String KEY = "refusal.stale";
    public static final String KEY_ANONYMOUS = "refusal.stale-anonymous";

    private final String changedBy;
    private final Instant changedAt;

    /**
     * @param recordLabel the message key of the record type's name
     * @param changedBy   the username of who changed it last, as the record keeps it
     */
    public StaleRecord(String recordLabel, Object id, @Nullable String changedBy, @Nullable Instant changedAt) {
        super(changedBy == null ? KEY_ANONYMOUS : KEY, Refusal.label(recordLabel), String.valueOf(id),
                changedBy == null ? "" : Refusal.person(changedBy), changedAt == null ? "" : changedAt);
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    /** A record that does not keep who changed it. */
    public StaleRecord(String recordLabel, Object id) {
        this(recordLabel, id, null, null);
    }

    public Optional<String> changedBy() {
        return Optional.ofNullable(changedBy);
    }

    public Optional<Instant> changedAt() {
        return Optional.ofNullable(changedAt);
    }
}
