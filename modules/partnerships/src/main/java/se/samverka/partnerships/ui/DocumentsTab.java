package se.samverka.partnerships.ui;

import com.vaadin.flow.component.Component;
import jakarta.inject.Singleton;
import se.samverka.partnerships.api.PartnershipDocumentsController;
import se.samverka.partnerships.documents.PartnershipDocuments;
import se.samverka.partnerships.partnership.Partnership;
import se.samverka.platform.api.tenant.CurrentTenant;
import se.samverka.platform.api.ui.DocumentsPanel;

/** The partnership's applications, decisions, reports and agreements, with the kit's upload. */
@Singleton
class DocumentsTab implements PartnershipTab {

    private final PartnershipDocuments documents;
    private final CurrentTenant tenant;

    DocumentsTab(PartnershipDocuments documents, CurrentTenant tenant) {
        this.documents = documents;
        this.tenant = tenant;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public String labelKey() {
        return "documents.tab";
    }

    @Override
    public String id() {
        return "documents";
    }

    @Override
    public Component create(Partnership partnership, Runnable changed) {
        return new DocumentsPanel<>(documents, partnership.id(), null, "partnership-documents",
                PartnershipDocumentsController.path(tenant.require(), partnership.id()));
    }
}
