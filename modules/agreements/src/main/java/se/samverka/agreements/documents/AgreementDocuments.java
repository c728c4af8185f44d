package se.samverka.agreements.documents;

import jakarta.inject.Singleton;
import se.samverka.agreements.agreement.Agreement;
import se.samverka.agreements.agreement.Agreements;
import se.samverka.agreements.agreement.PartnerAccess;
import se.samverka.platform.api.security.CurrentUser;
import se.samverka.platform.api.refusal.NotPermitted;
import se.samverka.platform.api.refusal.RecordNotFound;
import se.samverka.platform.api.refusal.Refusal;
import se.samverka.platform.api.refusal.TooLarge;
import se.samverka.platform.api.documents.DocumentRejectedException;
import se.samverka.platform.api.documents.DocumentStore;
import se.samverka.platform.api.documents.StoredDocument;
import se.samverka.platform.api.security.CurrentUser.PortalUser;

import java.io.InputStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The documents of an agreement (decisions, the signed agreement, reports), kept in the platform's
 * {@link DocumentStore}, which checks the real file type and the size, scopes to the tenant and
 * audits. Whoever may see the agreement sees its documents; a document of another agreement, tenant
 * or organisation is "not found".
 * <p>
 * Who may add and remove: case officers and administrators any kind; a partner user whose
 * organisation is party to the agreement may add reports (their annual reports are theirs to give),
 * nothing else, and removes nothing, so that what the municipality received stays on file.
 * Readers only read.
 */
@Singleton
public class AgreementDocuments {

    static final String RECORD_TYPE = "document";

    private final DocumentStore store;
    private final Agreements agreements;
    private final PartnerAccess access;
    private final CurrentUser currentUser;

    AgreementDocuments(DocumentStore store, Agreements agreements, PartnerAccess access, CurrentUser currentUser) {
        this.store = store;
        this.agreements = agreements;
        this.access = access;
        this.currentUser = currentUser;
    }

    /** The agreement's documents, newest first. */
    public List<AgreementDocument> list(long agreementId) {
        visible(agreementId);
        return Arrays.stream(DocumentKind.values())
                .flatMap(kind -> store.list(kind.ownerType(), String.valueOf(agreementId)).stream())
                .map(stored -> toDocument(agreementId, stored))
                .sorted(Comparator.comparing(AgreementDocument::createdAt).thenComparing(AgreementDocument::id).reversed())
                .toList();
    }

    /** Attaches a file; refused with a translated reason when the file is not acceptable. */
    public AgreementDocument attach(long agreementId, DocumentKind kind, String filename, InputStream content) {
        visible(agreementId);
        if (kind == null) {
            throw new Refusal("agreements.document.kind-missing");
        }
        if (!mayAttach(agreementId, kind)) {
            throw new NotPermitted("agreements.document.attach-not-permitted", Refusal.label(kind.labelKey()));
        }
        try {
            return toDocument(agreementId, store.store(kind.ownerType(), String.valueOf(agreementId), filename, content));
        } catch (DocumentRejectedException rejected) {
            throw refusal(rejected, filename);
        }
    }

    /** The document with its bytes, if it belongs to the agreement and the user may see the agreement. */
    public DocumentFile file(long agreementId, long documentId) {
        AgreementDocument document = find(agreementId, documentId);
        byte[] content = store.content(documentId).orElseThrow(() -> new RecordNotFound("agreements.record." + RECORD_TYPE, documentId));
        return new DocumentFile(document, content);
    }

    /** Removes a document (case officers and administrators only). */
    public void delete(long agreementId, long documentId) {
        find(agreementId, documentId);
        if (!mayDelete()) {
            throw new NotPermitted();
        }
        store.delete(documentId);
    }

    /** Whether the current user may attach documents of this kind to the (visible) agreement. */
    public boolean mayAttach(long agreementId, DocumentKind kind) {
        if (isChanger()) {
            return true;
        }
        Optional<PortalUser> user = currentUser.get();
        return kind == DocumentKind.REPORT && user.isPresent() && access.representsParty(user.get(), agreementId);
    }

    /** The kinds the current user may attach to the agreement, for the upload's choice. */
    public List<DocumentKind> attachableKinds(long agreementId) {
        return Arrays.stream(DocumentKind.values()).filter(kind -> mayAttach(agreementId, kind)).toList();
    }

    public boolean mayDelete() {
        return isChanger();
    }

    /** The size limit in bytes. */
    public long maxSize() {
        return store.maxSize();
    }

    private AgreementDocument find(long agreementId, long documentId) {
        visible(agreementId);
        return store.find(documentId)
                .filter(stored -> stored.ownerId().equals(String.valueOf(agreementId)))
                .filter(stored -> DocumentKind.ofOwnerType(stored.ownerType()).isPresent())
                .map(stored -> toDocument(agreementId, stored))
                .orElseThrow(() -> new RecordNotFound("agreements.record." + RECORD_TYPE, documentId));
    }

    private Agreement visible(long agreementId) {
        return agreements.find(agreementId).orElseThrow(() -> new RecordNotFound("agreements.record.agreement", agreementId));
    }

    private boolean isChanger() {
        return currentUser.isChanger();
    }

    private Refusal refusal(DocumentRejectedException rejected, String filename) {
        String name = filename == null ? "" : filename;
        Refusal refusal = switch (rejected.reason()) {
            case TOO_LARGE -> new TooLarge("agreements.document.too-large", rejected, name,
                    Math.max(1, store.maxSize() / (1024 * 1024)));
            case TYPE_NOT_ALLOWED -> new Refusal("agreements.document.type-not-allowed", rejected, name);
            case EMPTY -> new Refusal("agreements.document.empty", rejected, name);
            case NAME_INVALID -> new Refusal("agreements.document.name-invalid", rejected);
        };
        return refusal.at("file");
    }

    private static AgreementDocument toDocument(long agreementId, StoredDocument stored) {
        DocumentKind kind = DocumentKind.ofOwnerType(stored.ownerType()).orElse(DocumentKind.OTHER);
        return new AgreementDocument(stored.id(), agreementId, kind, stored.filename(), stored.contentType(), stored.size(),
                stored.createdAt(), stored.createdBy());
    }
}
