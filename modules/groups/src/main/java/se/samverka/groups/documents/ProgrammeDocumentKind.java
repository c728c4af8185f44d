package se.samverka.groups.documents;

import se.samverka.platform.api.documents.DocumentKinds;

/** What a programme's document is. */
public enum ProgrammeDocumentKind {
    /** The programme's description: its aims, method material (e.g. "Hela människan", CAP), the leaders' training. */
    DESCRIPTION,
    /** A report on the programme (verksamhetsberättelse), beyond the half-yearly counts. */
    REPORT,
    /** What invites children and carers to a group: leaflets, posters, letters to schools. */
    INFORMATION,
    /** Anything else that belongs to the programme. */
    OTHER;

    /** Kept in the platform store as {@code groups-programme-description}, … */
    static final DocumentKinds<ProgrammeDocumentKind> KINDS = new DocumentKinds<>(ProgrammeDocumentKind.class,
            "groups-programme", "groups.document-kind.");

    /** The kinds the provider's own staff add: the programme is theirs to describe and to tell about. */
    static boolean providersAdd(ProgrammeDocumentKind kind) {
        return kind != OTHER;
    }
}
