package se.samverka.agreements.documents;

import se.samverka.agreements.shared.Refusal;
import se.samverka.platform.api.documents.DocumentRejectedException;

/** A file the portal does not take (too large, empty, not what its name claims), with a translated message. */
public class DocumentRefused extends Refusal {

    private final DocumentRejectedException.Reason reason;

    DocumentRefused(DocumentRejectedException.Reason reason, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.reason = reason;
    }

    public DocumentRejectedException.Reason reason() {
        return reason;
    }
}
