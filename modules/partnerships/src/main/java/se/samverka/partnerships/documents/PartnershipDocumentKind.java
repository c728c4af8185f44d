package se.samverka.partnerships.documents;

import se.samverka.platform.api.documents.DocumentKinds;

/** What a partnership's document is. */
public enum PartnershipDocumentKind {
    /** An application to ICLD (inception, project year). */
    APPLICATION,
    /** ICLD's decision. */
    DECISION,
    /** A report as sent to ICLD, with its appendices. */
    REPORT,
    /** The agreement or letter of intent between the parties. */
    AGREEMENT,
    /** Anything else that belongs to the partnership. */
    OTHER;

    static final DocumentKinds<PartnershipDocumentKind> KINDS = new DocumentKinds<>(PartnershipDocumentKind.class,
            "partnerships-partnership", "partnerships.document-kind.");
}
