package se.samverka.groups.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import jakarta.inject.Singleton;
import se.samverka.groups.api.ProgrammeDocumentsController;
import se.samverka.groups.documents.ProgrammeDocuments;
import se.samverka.groups.programme.Programme;
import se.samverka.platform.api.tenant.CurrentTenant;
import se.samverka.platform.api.ui.DocumentsPanel;

/** The programme's documents: its description, reports and information material, with the kit's upload. */
@Singleton
class DocumentsTab implements ProgrammeTab {

    private final ProgrammeDocuments documents;
    private final CurrentTenant tenant;

    DocumentsTab(ProgrammeDocuments documents, CurrentTenant tenant) {
        this.documents = documents;
        this.tenant = tenant;
    }

    @Override
    public int order() {
        return 40;
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
    public Component create(Programme programme, Runnable changed) {
        DocumentsPanel<?> panel = new DocumentsPanel<>(documents, programme.id(), null, "programme-documents",
                ProgrammeDocumentsController.path(tenant.require(), programme.id()));
        if (!documents.attachableKinds(programme.id()).isEmpty()) {
            // the portal cannot read a file's text, so whoever uploads is told what must never be in it
            Paragraph noChildren = new Paragraph(panel.getTranslation("groups.documents.no-children"));
            noChildren.setId("programme-documents-no-children");
            panel.addComponentAtIndex(1, noChildren);
        }
        return panel;
    }
}
