package se.samverka.platform.api.http;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import se.samverka.platform.api.refusal.UnreadableBody;

/**
 * The body of a create or change request: a record's details and, for a change, the version the caller read
 * (optimistic locking; a stale version is answered 409 with who changed it and when). Unknown fields are refused.
 */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
public record Change<T>(@Nullable Long version, T details) {

    public Change {
        requireDetails(details);
    }

    /**
     * Without details there is nothing to create or change: 400 at {@code /details}, not a failure later;
     * for a module's own change records too.
     */
    public static <D> D requireDetails(D details) {
        if (details == null) {
            throw new UnreadableBody("refusal.body.missing", "/details").at("/details");
        }
        return details;
    }
}
