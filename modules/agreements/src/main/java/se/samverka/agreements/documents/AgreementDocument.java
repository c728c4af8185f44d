package se.samverka.agreements.documents;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** A document attached to an agreement, as lists show it (never its bytes). */
@Serdeable
public record AgreementDocument(long id, long agreementId, DocumentKind kind, String filename, String contentType,
                                long size, Instant createdAt, String createdBy) {
}
