package se.samverka.agreements.documents;

import jakarta.inject.Singleton;
import se.samverka.agreements.agreement.Agreements;
import se.samverka.agreements.agreement.PartnerAccess;
import se.samverka.platform.api.documents.DocumentStore;
import se.samverka.platform.api.documents.RecordDocuments;
import se.samverka.platform.api.refusal.RecordNotFound;
import se.samverka.platform.api.security.CurrentUser;

/**
 * The documents of an agreement (decisions, the signed agreement, reports). Whoever may see the
 * agreement sees its documents. Case officers and administrators add and remove any kind; a partner
 * user whose organisation is party to the agreement may add reports (their annual reports are theirs
 * to give), nothing else, and removes nothing, so that what the municipality received stays on file.
 * Readers only read.
 */
@Singleton
public class AgreementDocuments extends RecordDocuments<DocumentKind>
        implements io.micronaut.context.event.ApplicationEventListener<se.samverka.agreements.agreement.AgreementEvent> {

    private final Agreements agreements;
    private final PartnerAccess access;
    private final CurrentUser currentUser;

    AgreementDocuments(DocumentStore store, Agreements agreements, PartnerAccess access, CurrentUser currentUser) {
        super(store, DocumentKind.KINDS);
        this.agreements = agreements;
        this.access = access;
        this.currentUser = currentUser;
    }

    /** A deleted draft's documents are deleted with it, in its transaction. */
    @Override
    public void onApplicationEvent(se.samverka.agreements.agreement.AgreementEvent event) {
        if (event.kind() == se.samverka.agreements.agreement.AgreementEvent.Kind.DELETED) {
            deleteAllOf(event.agreementId());
        }
    }

    @Override
    protected void requireVisible(long agreementId) {
        agreements.find(agreementId).orElseThrow(() -> new RecordNotFound("agreements.record.agreement", agreementId));
    }

    @Override
    public boolean mayAttach(long agreementId, DocumentKind kind) {
        if (currentUser.isChanger()) {
            return true;
        }
        return kind == DocumentKind.REPORT
                && currentUser.get().map(user -> access.representsParty(user, agreementId)).orElse(false);
    }

    @Override
    public boolean mayDelete(long agreementId) {
        return currentUser.isChanger();
    }

    @Override
    protected String attachNotPermittedKey() {
        return "agreements.document.attach-not-permitted";
    }
}
