package se.samverka.platform.api.ui;

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
import se.samverka.platform.api.documents.RecordDocument;
import se.samverka.platform.api.documents.RecordDocuments;
import se.samverka.platform.api.refusal.Refusal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * A record's documents (a tab of its detail view): upload, list, download, delete, under the module's
 * {@link RecordDocuments} rules. The kind is chosen before the file (the upload waits for it); a
 * refused file is explained in the user's language beside the upload (announced to screen
 * readers) and nothing is stored. Downloads are plain links to the API, signed in by the session
 * cookie, so the browser saves the file under its original name.
 */
// MemoryBuffer is the Receiver API that Vaadin 24.8 deprecated for UploadHandler; it stays through
// Vaadin 25 and, unlike the new handlers, runs its listeners in the UI thread that Karibu tests drive.
@SuppressWarnings("removal")
public class DocumentsPanel<K extends Enum<K>> extends VerticalLayout {

    private final transient RecordDocuments<K> documents;
    private final long recordId;
    private final String documentsPath;
    private final String idPrefix;
    private final Grid<RecordDocument<K>> grid = new Grid<>();
    private final Paragraph emptyState = new Paragraph();
    private final Span problem = new Span();
    private final Select<K> kind = new Select<>();
    private final MemoryBuffer buffer = new MemoryBuffer();
    private final Upload upload = new Upload(buffer);
    /** Lumo's 60 % contrast colour: 4.2:1 on white, where its disabled grey is 1.7:1. */
    static final String READABLE_DISABLED = "var(--lumo-contrast-60pct)";

    /**
     * @param likelyKind    the kind a file added now most likely is (chosen first), or null for the first the user may add
     * @param idPrefix      the panel's id, e.g. {@code agreement-documents}; its list and problem ids derive from it
     * @param documentsPath the API path of the record's documents, for the download links
     */
    public DocumentsPanel(RecordDocuments<K> documents, long recordId, K likelyKind, String idPrefix, String documentsPath) {
        this.documents = documents;
        this.recordId = recordId;
        this.documentsPath = documentsPath;
        this.idPrefix = idPrefix;
        setPadding(false);
        setId(idPrefix);
        add(new H2(getTranslation("documents.heading")));
        List<K> kinds = documents.attachableKinds(recordId);
        if (kinds.isEmpty()) {
            add(new Paragraph(getTranslation("documents.read-only")));
        } else {
            addUpload(kinds, likelyKind);
        }
        emptyState.setText(getTranslation("documents.empty"));
        configureGrid();
        add(emptyState, grid);
        refresh();
    }

    private void addUpload(List<K> kinds, K likelyKind) {
        kind.setLabel(getTranslation("documents.kind"));
        kind.setItems(kinds);
        kind.setItemLabelGenerator(this::label);
        // a kind is always chosen (the likely one at this stage, else the first the user may add), so the
        // upload never waits for a choice nobody sees is missing; the helper says what the choice means
        kind.setValue(kinds.contains(likelyKind) ? likelyKind : kinds.get(0));
        kind.setHelperText(kinds.size() == 1 ? getTranslation("documents.kind-only", label(kinds.get(0)))
                : getTranslation("documents.kind-help"));
        long maxSize = documents.maxSize();
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxSize));
        upload.setDropLabel(new Span(getTranslation("documents.drop")));
        upload.setI18n(uploadTexts(megabytes(maxSize)));
        uploadEnabled(kind.getValue() != null);
        kind.addValueChangeListener(e -> uploadEnabled(e.getValue() != null));
        upload.addSucceededListener(e -> attach(e.getFileName()));
        upload.addFileRejectedListener(e -> refused(getTranslation("documents.too-large", e.getFileName(),
                megabytes(maxSize))));
        problem.getElement().setAttribute("role", "alert");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        problem.setId(idPrefix + "-problem");
        Paragraph limits = new Paragraph(getTranslation("documents.limits", megabytes(maxSize)));
        limits.getStyle().set("font-size", "var(--lumo-font-size-s)");
        add(kind, upload, limits, problem);
    }

    /**
     * Lumo greys a disabled (or full) drop zone's text to 1.7:1 and its dashed border to 1.4:1, too faint to
     * read that there is a drop zone and what it says: both keep at least 3:1 (4.2:1) on the page's white.
     * The custom property reaches the text and button inside the upload; the border is the upload's own.
     */
    private void uploadEnabled(boolean enabled) {
        upload.setEnabled(enabled);
        upload.getStyle().set("--lumo-disabled-text-color", READABLE_DISABLED);
        if (enabled) {
            upload.getStyle().remove("border-color");
        } else {
            upload.getStyle().set("border-color", READABLE_DISABLED);
        }
    }

    private void attach(String fileName) {
        problem.setText("");
        K chosen = kind.getValue();
        if (chosen == null) {
            refused(getTranslation("documents.choose-kind-first"));
            return;
        }
        try (InputStream content = buffer.getInputStream()) {
            RecordDocument<K> stored = documents.attach(recordId, chosen, fileName, content);
            Notification.show(getTranslation("documents.uploaded", stored.filename()))
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
        grid.setId(idPrefix + "-list");
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(this::downloadLink).setKey("name").setHeader(getTranslation("documents.name"))
                .setFlexGrow(3);
        grid.addColumn(d -> label(d.kind())).setKey("kind")
                .setHeader(getTranslation("documents.kind")).setAutoWidth(true);
        grid.addColumn(d -> size(d.size())).setKey("size").setHeader(getTranslation("documents.size"))
                .setAutoWidth(true);
        grid.addColumn(d -> Formats.dateTime(d.createdAt())).setKey("date")
                .setHeader(getTranslation("documents.date")).setAutoWidth(true);
        grid.addColumn(RecordDocument::createdBy).setKey("by").setHeader(getTranslation("documents.by"))
                .setAutoWidth(true);
        if (documents.mayDelete(recordId)) {
            RowActions.add(grid, getTranslation("documents.actions"), this::deleteButton);
        }
    }

    private Anchor downloadLink(RecordDocument<K> document) {
        Anchor link = new Anchor(contentUrl(document), document.filename());
        link.setRouterIgnore(true);
        link.getElement().setAttribute("download", true);
        link.getElement().setAttribute("aria-label", getTranslation("documents.download", document.filename()));
        return link;
    }

    private Button deleteButton(RecordDocument<K> document) {
        Button delete = new Button(getTranslation("documents.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        delete.setAriaLabel(getTranslation("documents.delete-named", document.filename()));
        delete.addClickListener(e -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("documents.delete-confirm-title"),
                    getTranslation("documents.delete-confirm", document.filename()),
                    getTranslation("documents.delete"), ok -> delete(document));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("documents.cancel"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        return delete;
    }

    private void delete(RecordDocument<K> document) {
        try {
            documents.delete(recordId, document.id());
            Notification.show(getTranslation("documents.deleted", document.filename()));
        } catch (Refusal refusal) {
            refused(FieldRefusals.message(this, refusal));
        }
        refresh();
    }

    private void refresh() {
        List<RecordDocument<K>> list = documents.list(recordId);
        grid.setItems(list);
        grid.setVisible(!list.isEmpty());
        emptyState.setVisible(list.isEmpty());
    }

    private String contentUrl(RecordDocument<K> document) {
        return documentsPath + "/" + document.id() + "/content";
    }

    private String label(K kind) {
        return getTranslation(documents.kinds().labelKey(kind));
    }

    private UploadI18N uploadTexts(long megabytes) {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("documents.upload"))
                .setMany(getTranslation("documents.upload")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("documents.drop"))
                .setMany(getTranslation("documents.drop")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("documents.too-large", "", megabytes))
                .setTooManyFiles(getTranslation("documents.upload"))
                .setIncorrectFileType(getTranslation("documents.type-not-allowed", "")));
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
        return RecordDocuments.megabytes(bytes);
    }
}
