package se.samverka.agreements.documents;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an agreement's document is. The kind is kept in the platform store's owner type
 * ({@code agreement-decision}, …) rather than in a table of the module's own: the store already
 * scopes by owner type and id, so listing an agreement's documents stays a few indexed lookups and
 * the module needs no migration for it.
 */
public enum DocumentKind {
    /** Beslutsunderlag and the decision itself. */
    DECISION,
    /** The agreement as signed by the parties. */
    SIGNED_AGREEMENT,
    /** Annual or half-yearly reports (årsrapporter), which partner users may attach too. */
    REPORT,
    /** Anything else that belongs to the agreement. */
    OTHER;

    private static final String PREFIX = "agreement-";

    /** The platform store's owner type for documents of this kind. */
    public String ownerType() {
        return PREFIX + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public String labelKey() {
        return "agreements.document-kind." + name();
    }

    /**
     * The kind a file added at this stage of the agreement most likely is, so the upload need not wait
     * for a choice: the decision and its basis before the decision, the signed agreement once decided,
     * reports while it runs and after.
     */
    static DocumentKind likelyAt(se.samverka.agreements.lifecycle.AgreementStatus status) {
        return switch (status) {
            case DRAFT, PROPOSED -> DECISION;
            case DECIDED -> SIGNED_AGREEMENT;
            case ACTIVE, ENDED, TERMINATED -> REPORT;
        };
    }

    /** The kind of a stored document's owner type, if it is one of the agreements'. */
    static Optional<DocumentKind> ofOwnerType(String ownerType) {
        return Arrays.stream(values()).filter(kind -> kind.ownerType().equals(ownerType)).findFirst();
    }

    /** Parses {@code decision}, {@code signed-agreement}, {@code SIGNED_AGREEMENT}, … as a client may send it. */
    public static Optional<DocumentKind> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String normalised = value.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(kind -> kind.name().equals(normalised)).findFirst();
    }
}
