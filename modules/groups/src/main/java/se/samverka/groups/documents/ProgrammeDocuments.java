package se.samverka.groups.documents;

import jakarta.inject.Singleton;
import se.samverka.groups.programme.Programmes;
import se.samverka.platform.api.documents.DocumentStore;
import se.samverka.platform.api.documents.RecordDocuments;
import se.samverka.platform.api.security.CurrentUser;
import se.samverka.platform.api.security.Sight;

/**
 * The documents of a programme (its description, reports, information material). Whoever sees the
 * programme sees its documents; none of them may name a child, which the upload tells (the portal cannot
 * read a file's text to check). Case officers and administrators add and remove any kind; the provider's
 * partner users (the only partner users who see the programme) add descriptions, reports and information
 * material and remove nothing, so that what the municipality received stays on file. Readers only read.
 */
@Singleton
public class ProgrammeDocuments extends RecordDocuments<ProgrammeDocumentKind> {

    private final Programmes programmes;
    private final CurrentUser currentUser;

    ProgrammeDocuments(DocumentStore store, Programmes programmes, CurrentUser currentUser) {
        super(store, ProgrammeDocumentKind.KINDS);
        this.programmes = programmes;
        this.currentUser = currentUser;
    }

    @Override
    protected void requireVisible(long programmeId) {
        programmes.require(programmeId);
    }

    @Override
    public boolean mayAttach(long programmeId, ProgrammeDocumentKind kind) {
        if (currentUser.isChanger()) {
            return true;
        }
        return currentUser.sight() instanceof Sight.Organisation && ProgrammeDocumentKind.providersAdd(kind);
    }

    @Override
    public boolean mayDelete(long programmeId) {
        return currentUser.isChanger();
    }

    @Override
    protected String attachNotPermittedKey() {
        return "groups.document.attach-not-permitted";
    }
}
