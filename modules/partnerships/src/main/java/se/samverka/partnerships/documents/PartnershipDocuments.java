package se.samverka.partnerships.documents;

import jakarta.inject.Singleton;
import se.samverka.partnerships.partnership.Partnerships;
import se.samverka.platform.api.documents.DocumentStore;
import se.samverka.platform.api.documents.RecordDocuments;
import se.samverka.platform.api.security.CurrentUser;

/** A partnership's documents: applications, ICLD's decisions, reports, agreements. Staff read; changers add and remove. */
@Singleton
public class PartnershipDocuments extends RecordDocuments<PartnershipDocumentKind> {

    private final Partnerships partnerships;
    private final CurrentUser currentUser;

    PartnershipDocuments(DocumentStore store, Partnerships partnerships, CurrentUser currentUser) {
        super(store, PartnershipDocumentKind.KINDS);
        this.partnerships = partnerships;
        this.currentUser = currentUser;
    }

    @Override
    protected void requireVisible(long partnershipId) {
        partnerships.require(partnershipId);
    }

    @Override
    public boolean mayAttach(long partnershipId, PartnershipDocumentKind kind) {
        return currentUser.isChanger();
    }

    @Override
    public boolean mayDelete(long partnershipId) {
        return currentUser.isChanger();
    }
}
