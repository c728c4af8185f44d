package se.samverka.platform.api.data;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.OptimisticLockException;
import se.samverka.platform.api.refusal.RecordNotFound;
import se.samverka.platform.api.refusal.StaleRecord;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Optimistic locking the same way everywhere: a change is based on the version the user read; the
 * record as it is now must have that version, and a write that loses a race with another one (the
 * database's version check) becomes the same stale-record refusal, naming who won when the record
 * keeps it.
 * <pre>{@code
 * Meeting current = Records.atVersion(RECORD, id, meetings.findById(id), expectedVersion);
 * Meeting saved = Records.write(RECORD, id, () -> meetings.update(current.with(details)), () -> meetings.findById(id));
 * }</pre>
 */
public final class Records {

    private Records() {
    }

    /**
     * The record as it is now, if it exists (and the user may see it: the repository's query decides) and
     * has the version the change was based on.
     *
     * @param recordLabel the message key of the record type's name, e.g. {@code "agreements.record.meeting"}
     * @param expected    the version the change was based on; a change that does not say (null) is stale too
     */
    public static <E extends Versioned> E atVersion(String recordLabel, Object id, Optional<E> found, @Nullable Long expected) {
        E current = found.orElseThrow(() -> new RecordNotFound(recordLabel, id));
        if (!Objects.equals(current.version(), expected)) {
            throw stale(recordLabel, id, current);
        }
        return current;
    }

    /** Runs the write; one that lost a race with another write is refused as stale, naming the newer record's author. */
    public static <E extends Versioned> E write(String recordLabel, Object id, Supplier<E> write, Supplier<Optional<E>> reread) {
        try {
            return write.get();
        } catch (OptimisticLockException lostTheRace) {
            throw stale(recordLabel, id, reread.get().orElse(null));
        }
    }

    /** The refusal of a change based on an older version than {@code newer}'s. */
    public static StaleRecord stale(String recordLabel, Object id, @Nullable Versioned newer) {
        if (newer == null || newer.lastEditor().isEmpty()) {
            return new StaleRecord(recordLabel, id);
        }
        return new StaleRecord(recordLabel, id, newer.lastEditor().get(), newer.lastEdited().orElse(null));
    }
}
