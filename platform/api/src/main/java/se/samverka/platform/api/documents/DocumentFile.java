package se.samverka.platform.api.documents;

/** A document with its bytes, for a download. */
public record DocumentFile(RecordDocument<?> document, byte[] content) {
}
