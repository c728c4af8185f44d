package se.samverka.platform.api.documents;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** A document attached to a module's record, as lists show it (never its bytes). */
@Serdeable
public record RecordDocument<K extends Enum<K>>(long id, long recordId, K kind, String filename, String contentType,
                                                long size, Instant createdAt, String createdBy) {
}
