package se.samverka.agreements.documents;

import com.vaadin.flow.component.Component;
import jakarta.inject.Singleton;
import se.samverka.agreements.agreement.AgreementDetails;
import se.samverka.agreements.ui.AgreementTab;
import se.samverka.platform.api.tenant.CurrentTenant;
import se.samverka.platform.api.ui.DocumentsPanel;

/** The agreement's documents as a tab of its detail view: upload, list, download, delete. */
@Singleton
public class DocumentsTab implements AgreementTab {

    public static final String ID = "documents";

    private final AgreementDocuments documents;
    private final CurrentTenant tenant;

    DocumentsTab(AgreementDocuments documents, CurrentTenant tenant) {
        this.documents = documents;
        this.tenant = tenant;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String labelKey() {
        return "documents.tab";
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Component create(AgreementDetails agreement, Runnable changed) {
        return new DocumentsPanel<>(documents, agreement.id(), DocumentKind.likelyAt(agreement.agreement().status()),
                "agreement-documents", AgreementDocumentsController.path(tenant.require(), agreement.id()));
    }
}
