package se.samverka.platform.api.documents;

/** A file the portal does not accept; {@link #reason()} says why, for a translated message. */
public class DocumentRejectedException extends RuntimeException {

    /** Why a file was refused. */
    public enum Reason {
        /** Larger than the configured limit. */
        TOO_LARGE,
        /** Its content is not a PDF, an Office document or an image, whatever its name says. */
        TYPE_NOT_ALLOWED,
        /** No bytes at all. */
        EMPTY,
        /** No usable file name. */
        NAME_INVALID,
        /** The storage did not take it (a full disk, a database that refuses the write): nothing was stored. */
        NOT_STORED
    }

    private final Reason reason;

    public DocumentRejectedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
