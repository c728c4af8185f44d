package se.samverka.platform.api.links;

import java.time.Instant;

/**
 * Something that happened to a module's record that other modules may act on (an agreement ended: the
 * groups run under it learn it), published with {@link RecordEvents} inside the change's transaction and
 * delivered to listeners ({@code ApplicationEventListener<RecordEvent>}) only after the transaction commits,
 * in the same tenant. A listener must be idempotent: {@code id} is unique per event, and a retried change
 * publishes again.
 *
 * @param kind what happened, in the owning module's words, e.g. {@code ended}
 */
public record RecordEvent(String id, String tenantId, RecordReference reference, String kind, Instant at) {
}
