package se.samverka.platform.api.data;

import java.time.Instant;
import java.util.Optional;

/**
 * A record with an optimistic lock ({@code @Version}): a change names the version it was based on, and
 * is refused as stale when the record has another ({@link Records}). Records that keep who changed them
 * last say so, and the refusal names them.
 */
public interface Versioned {

    Long version();

    /** The username of who changed the record last, if the record keeps it. */
    default Optional<String> lastEditor() {
        return Optional.empty();
    }

    default Optional<Instant> lastEdited() {
        return Optional.empty();
    }
}
