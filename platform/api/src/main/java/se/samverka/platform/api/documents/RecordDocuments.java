package se.samverka.platform.api.documents;

import se.samverka.platform.api.refusal.NotPermitted;
import se.samverka.platform.api.refusal.RecordNotFound;
import se.samverka.platform.api.refusal.Refusal;
import se.samverka.platform.api.refusal.TooLarge;

import java.io.InputStream;
import java.util.Comparator;
import java.util.List;

/**
 * The documents of one type of a module's records (an agreement's decisions and reports, a programme's
 * descriptions), kept in the platform's {@link DocumentStore}, which checks the real file type and the
 * size, scopes to the tenant and audits. A module extends this as a bean and says who sees the record
 * and who may add and remove which kind; the {@code DocumentsPanel} of the UI kit and {@link DocumentRequests}
 * of the API serve it. A document of another record, tenant or organisation is "not found".
 *
 * @param <K> the module's enum of kinds
 */
public abstract class RecordDocuments<K extends Enum<K>> {

    private final DocumentStore store;
    private final DocumentKinds<K> kinds;

    protected RecordDocuments(DocumentStore store, DocumentKinds<K> kinds) {
        this.store = store;
        this.kinds = kinds;
    }

    /** Refuses with the module's {@link RecordNotFound} when the current user may not see the record. */
    protected abstract void requireVisible(long recordId);

    /** Whether the current user may attach documents of this kind to the (visible) record. */
    public abstract boolean mayAttach(long recordId, K kind);

    /** Whether the current user may remove documents of the (visible) record. */
    public abstract boolean mayDelete(long recordId);

    /** The message key of the refusal to attach a kind; a module may say who attaches what instead. */
    protected String attachNotPermittedKey() {
        return "documents.attach-not-permitted";
    }

    public DocumentKinds<K> kinds() {
        return kinds;
    }

    /** The record's documents, newest first. */
    public List<RecordDocument<K>> list(long recordId) {
        requireVisible(recordId);
        return kinds.all().stream()
                .flatMap(kind -> store.list(kinds.ownerType(kind), String.valueOf(recordId)).stream())
                .map(stored -> toDocument(recordId, stored))
                .sorted(Comparator.<RecordDocument<K>, java.time.Instant>comparing(RecordDocument::createdAt)
                        .thenComparing(RecordDocument::id).reversed())
                .toList();
    }

    /**
     * Deletes every document of a record that is itself being deleted (a draft nobody decided on): for the
     * owning module's service, inside its transaction, after its own checks; the store audits each.
     */
    public void deleteAllOf(long recordId) {
        kinds.all().forEach(kind -> store.list(kinds.ownerType(kind), String.valueOf(recordId))
                .forEach(stored -> store.delete(stored.id())));
    }

    /** Attaches a file; refused with a translated reason when the kind or the file is not acceptable. */
    public RecordDocument<K> attach(long recordId, K kind, String filename, InputStream content) {
        requireVisible(recordId);
        if (kind == null) {
            throw kindMissing();
        }
        if (!mayAttach(recordId, kind)) {
            throw new NotPermitted(attachNotPermittedKey(), Refusal.label(kinds.labelKey(kind)));
        }
        try {
            return toDocument(recordId, store.store(kinds.ownerType(kind), String.valueOf(recordId), filename, content));
        } catch (DocumentRejectedException rejected) {
            throw refusal(rejected, filename);
        }
    }

    /** The refusal for a kind that is missing or not one of these, naming the ones there are. */
    public Refusal kindMissing() {
        String codes = String.join(", ", kinds.all().stream().map(kinds::code).toList());
        return new Refusal("documents.kind-missing", codes).at("kind");
    }

    /** The document with its bytes, if it belongs to the record and the user may see the record. */
    public DocumentFile file(long recordId, long documentId) {
        RecordDocument<K> document = find(recordId, documentId);
        byte[] content = store.content(documentId).orElseThrow(() -> notFound(documentId));
        return new DocumentFile(document, content);
    }

    /** Removes a document, if the user may. */
    public void delete(long recordId, long documentId) {
        find(recordId, documentId);
        if (!mayDelete(recordId)) {
            throw new NotPermitted();
        }
        store.delete(documentId);
    }

    /** The kinds the current user may attach to the record, for the upload's choice. */
    public List<K> attachableKinds(long recordId) {
        return kinds.all().stream().filter(kind -> mayAttach(recordId, kind)).toList();
    }

    /** The size limit in bytes. */
    public long maxSize() {
        return store.maxSize();
    }

    private RecordDocument<K> find(long recordId, long documentId) {
        requireVisible(recordId);
        return store.find(documentId)
                .filter(stored -> stored.ownerId().equals(String.valueOf(recordId)))
                .filter(stored -> kinds.ofOwnerType(stored.ownerType()).isPresent())
                .map(stored -> toDocument(recordId, stored))
                .orElseThrow(() -> notFound(documentId));
    }

    private static RecordNotFound notFound(long documentId) {
        return new RecordNotFound("record.document", documentId);
    }

    private Refusal refusal(DocumentRejectedException rejected, String filename) {
        String name = filename == null ? "" : filename;
        Refusal refusal = switch (rejected.reason()) {
            case TOO_LARGE -> new TooLarge("documents.too-large", rejected, name, megabytes(store.maxSize()));
            case TYPE_NOT_ALLOWED -> new Refusal("documents.type-not-allowed", rejected, name);
            case EMPTY -> new Refusal("documents.file-empty", rejected, name);
            case NAME_INVALID -> new Refusal("documents.name-invalid", rejected);
            case NOT_STORED -> new Refusal("documents.not-stored", rejected, name);
        };
        return refusal.at("file");
    }

    /** Whole megabytes, at least one, as the limits are told. */
    public static long megabytes(long bytes) {
        return Math.max(1, bytes / (1024 * 1024));
    }

    private RecordDocument<K> toDocument(long recordId, StoredDocument stored) {
        K kind = kinds.ofOwnerType(stored.ownerType()).orElseThrow();
        return new RecordDocument<>(stored.id(), recordId, kind, stored.filename(), stored.contentType(), stored.size(),
                stored.createdAt(), stored.createdBy());
    }
}
