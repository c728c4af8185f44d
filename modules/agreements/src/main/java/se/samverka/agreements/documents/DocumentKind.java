package se.samverka.agreements.documents;

import se.samverka.agreements.lifecycle.AgreementStatus;
import se.samverka.platform.api.documents.DocumentKinds;

/** What an agreement's document is. */
public enum DocumentKind {
    /** Beslutsunderlag and the decision itself. */
    DECISION,
    /** The agreement as signed by the parties. */
    SIGNED_AGREEMENT,
    /** Annual or half-yearly reports (årsrapporter), which partner users may attach too. */
    REPORT,
    /** Anything else that belongs to the agreement. */
    OTHER;

    /** Kept in the platform store as {@code agreement-decision}, {@code agreement-signed-agreement}, … */
    static final DocumentKinds<DocumentKind> KINDS = new DocumentKinds<>(DocumentKind.class, "agreement",
            "agreements.document-kind.");

    /**
     * The kind a file added at this stage of the agreement most likely is, so the upload need not wait
     * for a choice: the decision and its basis before the decision, the signed agreement once decided,
     * reports while it runs and after.
     */
    static DocumentKind likelyAt(AgreementStatus status) {
        return switch (status) {
            case DRAFT, PROPOSED -> DECISION;
            case DECIDED -> SIGNED_AGREEMENT;
            case ACTIVE, ENDED, TERMINATED -> REPORT;
        };
    }
}
