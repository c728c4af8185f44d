package se.samverka.platform.api.documents;

import java.time.Instant;

/** A document's facts (never its bytes): the original name is kept for the download. */
public record StoredDocument(long id, String ownerType, String ownerId, String filename, String contentType, long size,
                             String sha256, Instant createdAt, String createdBy) {
}
