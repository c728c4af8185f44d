package se.samverka.agreements.documents;

import se.samverka.platform.api.ui.FieldRefusals;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import se.samverka.platform.api.refusal.Refusal;
import se.samverka.platform.api.ui.Formats;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * The documents tab's content. The kind is chosen before the file (the upload waits for it); a
 * refused file is explained in the user's language beside the upload (announced to screen
 * readers) and nothing is stored. Downloads are plain links to the API, signed in by the session
 * cookie, so the browser saves the file under its original name.
 */
// MemoryBuffer is the Receiver API that Vaadin 24.8 deprecated for UploadHandler; it stays through
// Vaadin 25 and, unlike the new handlers, runs its listeners in the UI thread that Karibu tests drive.
@SuppressWarnings("removal")
class DocumentsPanel extends VerticalLayout {

    private final transient AgreementDocuments documents;
    private final String tenant;
    private final long agreementId;
    private final Grid<AgreementDocument> grid = new Grid<>();
    private final Paragraph emptyState = new Paragraph();
    private final Span problem = new Span();
    private final Select<DocumentKind> kind = new Select<>();
    private final MemoryBuffer buffer = new MemoryBuffer();
    private final Upload upload = new Upload(buffer);

    DocumentsPanel(AgreementDocuments documents, String tenant, long agreementId, DocumentKind likelyKind) {
        this.documents = documents;
        this.tenant = tenant;
        this.agreementId = agreementId;
        setPadding(false);
        setId("agreement-documents");
        add(new H2(getTranslation("agreements.documents.heading")));
        List<DocumentKind> kinds = documents.attachableKinds(agreementId);
        if (kinds.isEmpty()) {
            add(new Paragraph(getTranslation("agreements.documents.read-only")));
        } else {
            addUpload(kinds, likelyKind);
        }
        emptyState.setText(getTranslation("agreements.documents.empty"));
        configureGrid();
        add(emptyState, grid);
        refresh();
    }

    private void addUpload(List<DocumentKind> kinds, DocumentKind likelyKind) {
        kind.setLabel(getTranslation("agreements.documents.kind"));
        kind.setItems(kinds);
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        // a kind is always chosen (the likely one at this stage, else the first the user may add), so the
        // upload never waits for a choice nobody sees is missing; the helper says what the choice means
        kind.setValue(kinds.contains(likelyKind) ? likelyKind : kinds.get(0));
        kind.setHelperText(getTranslation(kinds.size() == 1 ? "agreements.documents.kind-only" : "agreements.documents.kind-help"));
        long maxSize = documents.maxSize();
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxSize));
        upload.setDropLabel(new Span(getTranslation("agreements.documents.drop")));
        upload.setI18n(uploadTexts(megabytes(maxSize)));
        upload.setEnabled(kind.getValue() != null);
        kind.addValueChangeListener(e -> upload.setEnabled(e.getValue() != null));
        upload.addSucceededListener(e -> attach(e.getFileName()));
        upload.addFileRejectedListener(e -> refused(getTranslation("agreements.document.too-large", e.getFileName(),
                megabytes(maxSize))));
        problem.getElement().setAttribute("role", "alert");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        problem.setId("agreement-documents-problem");
        Paragraph limits = new Paragraph(getTranslation("agreements.documents.limits", megabytes(maxSize)));
        limits.getStyle().set("font-size", "var(--lumo-font-size-s)");
        add(kind, upload, limits, problem);
    }

    private void attach(String fileName) {
        problem.setText("");
        DocumentKind chosen = kind.getValue();
        if (chosen == null) {
            refused(getTranslation("agreements.documents.choose-kind-first"));
            return;
        }
        try (InputStream content = buffer.getInputStream()) {
            AgreementDocument stored = documents.attach(agreementId, chosen, fileName, content);
            Notification.show(getTranslation("agreements.documents.uploaded", stored.filename()))
                    .addThemeVariants(NotificationVariant.LUMO_CONTRAST); // Lumo's success green fails AA contrast
            refresh();
        } catch (Refusal refusal) {
            refused(FieldRefusals.message(this, refusal));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            upload.clearFileList();
        }
    }

    private void refused(String message) {
        problem.setText(message);
        Notification.show(message).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private void configureGrid() {
        grid.setId("agreement-documents-list");
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(this::downloadLink).setKey("name").setHeader(getTranslation("agreements.documents.name"))
                .setFlexGrow(3);
        grid.addColumn(d -> getTranslation(d.kind().labelKey())).setKey("kind")
                .setHeader(getTranslation("agreements.documents.kind")).setAutoWidth(true);
        grid.addColumn(d -> size(d.size())).setKey("size").setHeader(getTranslation("agreements.documents.size"))
                .setAutoWidth(true);
        grid.addColumn(d -> Formats.dateTime(d.createdAt())).setKey("date")
                .setHeader(getTranslation("agreements.documents.date")).setAutoWidth(true);
        grid.addColumn(AgreementDocument::createdBy).setKey("by").setHeader(getTranslation("agreements.documents.by"))
                .setAutoWidth(true);
        if (documents.mayDelete()) {
            grid.addComponentColumn(this::deleteButton).setKey("delete").setAutoWidth(true);
        }
    }

    private Anchor downloadLink(AgreementDocument document) {
        Anchor link = new Anchor(contentUrl(document), document.filename());
        link.setRouterIgnore(true);
        link.getElement().setAttribute("download", true);
        link.getElement().setAttribute("aria-label", getTranslation("agreements.documents.download", document.filename()));
        return link;
    }

    private Button deleteButton(AgreementDocument document) {
        Button delete = new Button(getTranslation("agreements.documents.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        delete.setAriaLabel(getTranslation("agreements.documents.delete-named", document.filename()));
        delete.addClickListener(e -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("agreements.documents.delete-confirm-title"),
                    getTranslation("agreements.documents.delete-confirm", document.filename()),
                    getTranslation("agreements.documents.delete"), ok -> delete(document));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("agreements.documents.cancel"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        return delete;
    }

    private void delete(AgreementDocument document) {
        try {
            documents.delete(agreementId, document.id());
            Notification.show(getTranslation("agreements.documents.deleted", document.filename()));
        } catch (Refusal refusal) {
            refused(FieldRefusals.message(this, refusal));
        }
        refresh();
    }

    private void refresh() {
        List<AgreementDocument> list = documents.list(agreementId);
        grid.setItems(list);
        grid.setVisible(!list.isEmpty());
        emptyState.setVisible(list.isEmpty());
    }

    String contentUrl(AgreementDocument document) {
        return "/api/v1/tenants/" + tenant + "/agreements/" + agreementId + "/documents/" + document.id() + "/content";
    }

    private UploadI18N uploadTexts(long megabytes) {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("agreements.documents.upload"))
                .setMany(getTranslation("agreements.documents.upload")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("agreements.documents.drop"))
                .setMany(getTranslation("agreements.documents.drop")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("agreements.document.too-large", "", megabytes))
                .setTooManyFiles(getTranslation("agreements.documents.upload"))
                .setIncorrectFileType(getTranslation("agreements.document.type-not-allowed", "")));
        return i18n;
    }

    private String size(long bytes) {
        Locale locale = getLocale();
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(locale, "%.0f kB", bytes / 1024.0);
        }
        return String.format(locale, "%.1f MB", bytes / (1024.0 * 1024));
    }

    private static long megabytes(long bytes) {
        return Math.max(1, bytes / (1024 * 1024));
    }
}
