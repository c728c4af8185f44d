package se.samverka.agreements.documents;

/** A document with its bytes, for a download. */
public record DocumentFile(AgreementDocument document, byte[] content) {
}
