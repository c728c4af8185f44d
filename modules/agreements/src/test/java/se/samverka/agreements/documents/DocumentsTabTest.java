package se.samverka.agreements.documents;

import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.samverka.agreements.TestAgreements;
import se.samverka.agreements.TestPortal;
import se.samverka.agreements.agreement.AgreementDetails;
import se.samverka.agreements.ui.AgreementTab;
import se.samverka.agreements.ui.KaribuAgreements;
import se.samverka.platform.api.documents.RecordDocument;
import se.samverka.platform.api.security.CurrentUser.PortalUser;
import se.samverka.platform.api.ui.DocumentsPanel;
import se.samverka.platform.api.ui.RowActions;
import se.samverka.platform.core.testing.AccessibleNames;
import se.samverka.platform.core.security.UserContext;
import se.samverka.platform.core.tenant.TenantContext;
import se.samverka.platform.core.testing.TestFiles;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.agreements.TestPortal.TENANT_A;
import static se.samverka.agreements.TestPortal.as;
import static se.samverka.agreements.TestPortal.officer;

/** The documents tab on its own (the detail view that hosts it is another feature's), browserless. */
class DocumentsTabTest {

    @RegisterExtension
    final KaribuAgreements karibu = new KaribuAgreements();

    static AgreementDetails agreement;
    static String alias;

    @BeforeAll
    static void anAgreement() {
        alias = TestAgreements.alias("x");
        as(officer(TENANT_A), TENANT_A, () -> {
            agreement = TestAgreements.proposed(TestAgreements.partner(alias).id());
        });
    }

    void showTab(PortalUser user) {
        UserContext.set(user);
        TenantContext.set(TENANT_A);
        AgreementTab tab = TestPortal.bean(DocumentsTab.class);
        assertThat(tab.order()).isEqualTo(50);
        assertThat(tab.id()).isEqualTo("documents");
        UI.getCurrent().add(tab.create(agreement, () -> { }));
    }

    @SuppressWarnings("unchecked")
    Select<DocumentKind> kind() {
        return _get(Select.class);
    }

    @Test
    void anOfficerChoosesTheKindUploadsAndSeesTheDocumentWithADownloadLink() {
        showTab(officer(TENANT_A));
        Upload upload = _get(Upload.class);
        assertThat(kind().getLabel()).isEqualTo("Typ av dokument");
        assertThat(kind().getValue()).as("a kind is chosen from the start").isNotNull();
        assertThat(kind().getHelperText()).isEqualTo("Välj vad filen är innan du laddar upp den; typen visas i listan.");
        assertThat(upload.isEnabled()).as("the upload does not wait for a choice").isTrue();

        kind().setValue(DocumentKind.DECISION);
        UploadKt._upload(upload, "Beslut KS 2024-2095.pdf", "application/pdf", TestFiles.PDF);

        Grid<RecordDocument<DocumentKind>> grid = _get(Grid.class);
        assertThat(grid.isVisible()).isTrue();
        List<RecordDocument<DocumentKind>> shown = grid.getListDataView().getItems().toList();
        RecordDocument<DocumentKind> document = shown.stream().filter(d -> d.filename().equals("Beslut KS 2024-2095.pdf")).findFirst()
                .orElseThrow();
        assertThat(document.kind()).isEqualTo(DocumentKind.DECISION);
        Anchor link = (Anchor) _getCellComponent(grid, shown.indexOf(document), "name");
        assertThat(link.getHref()).isEqualTo("/api/v1/tenants/" + TENANT_A + "/agreements/" + agreement.id() + "/documents/"
                + document.id() + "/content");
        assertThat(link.getElement().hasAttribute("download")).isTrue();
        // the accessible name starts with the file's name, which is what the link shows
        assertThat(link.getElement().getAttribute("aria-label")).isEqualTo("Beslut KS 2024-2095.pdf (ladda ner)");
        AccessibleNames.startWithTheVisibleText(link, _getCellComponent(grid, shown.indexOf(document), RowActions.KEY));
        assertThat(grid.getColumnByKey(RowActions.KEY).isFrozenToEnd()).as("delete stays in view on a phone").isTrue();
    }

    @Test
    void aDropZoneThatTakesNoFileStillReadsAtThreeToOne() {
        showTab(officer(TENANT_A));
        Upload upload = _get(Upload.class);
        // Lumo's disabled grey (1.7:1 on white) gives way to its 60 % contrast colour (4.2:1), for text and border
        assertThat(upload.getStyle().get("--lumo-disabled-text-color")).isEqualTo("var(--lumo-contrast-60pct)");
        assertThat(upload.getStyle().get("border-color")).as("enabled: Lumo's own border").isNull();
    }

    @Test
    void aDisguisedFileIsRefusedWithATranslatedMessageAndNothingIsStored() {
        showTab(officer(TENANT_A));
        int before = TestPortal.as(officer(TENANT_A), TENANT_A, () -> TestPortal.bean(AgreementDocuments.class).list(agreement.id()))
                .size();
        kind().setValue(DocumentKind.REPORT);

        UploadKt._upload(_get(Upload.class), "rapport.pdf", "application/pdf", TestFiles.EXE);

        Span problem = _get(Span.class, spec -> spec.withId("agreement-documents-problem"));
        assertThat(problem.getText()).contains("Filen ”rapport.pdf” är inte en PDF");
        assertThat(TestPortal.as(officer(TENANT_A), TENANT_A, () -> TestPortal.bean(AgreementDocuments.class).list(agreement.id())))
                .hasSize(before);
    }

    @Test
    void theKindChosenFirstIsTheOneLikelyAtTheAgreementsStage() {
        assertThat(DocumentKind.likelyAt(se.samverka.agreements.lifecycle.AgreementStatus.DRAFT)).isEqualTo(DocumentKind.DECISION);
        assertThat(DocumentKind.likelyAt(se.samverka.agreements.lifecycle.AgreementStatus.DECIDED))
                .isEqualTo(DocumentKind.SIGNED_AGREEMENT);
        assertThat(DocumentKind.likelyAt(se.samverka.agreements.lifecycle.AgreementStatus.ACTIVE)).isEqualTo(DocumentKind.REPORT);
        showTab(officer(TENANT_A));
        assertThat(kind().getValue()).isEqualTo(DocumentKind.likelyAt(agreement.agreement().status()));
    }

    @Test
    void anOfficerDeletesAfterConfirming() {
        long id = TestPortal.as(officer(TENANT_A), TENANT_A, () -> TestPortal.bean(AgreementDocuments.class)
                .attach(agreement.id(), DocumentKind.OTHER, "ta-bort.pdf", new java.io.ByteArrayInputStream(TestFiles.PDF))).id();
        showTab(officer(TENANT_A));
        Grid<RecordDocument<DocumentKind>> grid = _get(Grid.class);
        List<RecordDocument<DocumentKind>> shown = grid.getListDataView().getItems().toList();
        int row = shown.indexOf(shown.stream().filter(d -> d.id() == id).findFirst().orElseThrow());

        ((com.vaadin.flow.component.button.Button) _getCellComponent(grid, row, RowActions.KEY)).click();
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        confirm.open();
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(confirm);

        assertThat(grid.getListDataView().getItems().map(RecordDocument::id).toList()).doesNotContain(id);
    }

    @Test
    void aPartnerMayOnlyChooseReportsAndDeletesNothing() {
        showTab(TestPortal.partner(alias, TENANT_A));

        assertThat(kind().getListDataView().getItems().toList()).containsExactly(DocumentKind.REPORT);
        assertThat(kind().getValue()).isEqualTo(DocumentKind.REPORT);
        assertThat(_get(Upload.class).isEnabled()).isTrue();
        assertThat(listOf(_get(DocumentsPanel.class)).getColumnByKey(RowActions.KEY)).as("no delete for partners").isNull();
    }

    @Test
    void aReaderSeesTheDocumentsButNoUpload() {
        showTab(TestPortal.reader(TENANT_A));

        assertThat(_find(Upload.class)).isEmpty();
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class,
                spec -> spec.withText("Du kan läsa och ladda ner dokumenten men inte bifoga nya."))).isNotNull();
        assertThat(listOf(_get(DocumentsPanel.class)).getColumnByKey(RowActions.KEY)).isNull();
    }

    @SuppressWarnings("unchecked")
    static Grid<RecordDocument<DocumentKind>> listOf(DocumentsPanel<?> panel) {
        return (Grid<RecordDocument<DocumentKind>>) panel.getChildren().filter(Grid.class::isInstance).findFirst().orElseThrow();
    }
}
