package se.samverka.platform.core.documents;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.samverka.platform.api.audit.AuditLog;
import se.samverka.platform.api.documents.DocumentRejectedException;
import se.samverka.platform.api.documents.DocumentRejectedException.Reason;
import se.samverka.platform.api.documents.DocumentStore;
import se.samverka.platform.api.documents.StoredDocument;
import se.samverka.platform.api.security.CurrentUser;
import se.samverka.platform.core.database.DatabaseOutage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link DocumentStore} in the shared database, scoped to the current tenant, every change audited. */
@Singleton
public class DatabaseDocumentStore implements DocumentStore {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DatabaseDocumentStore.class);

    private final DocumentRepository documents;
    private final DocumentContentRepository contents;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final long maxSize;

    DatabaseDocumentStore(DocumentRepository documents, DocumentContentRepository contents, CurrentUser currentUser,
                          AuditLog audit, Clock clock, @Value("${samverka.documents.max-size:20971520}") long maxSize) {
        this.documents = documents;
        this.contents = contents;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.maxSize = maxSize;
    }

    @Override
    @Transactional
    public StoredDocument store(String ownerType, String ownerId, String filename, InputStream content) {
        String name = validName(DocumentNames.clean(filename));
        byte[] bytes = readAtMost(content, maxSize);
        if (bytes.length == 0) {
            throw new DocumentRejectedException(Reason.EMPTY, "The file is empty");
        }
        String type = FileTypes.detect(bytes, name);
        if (!FileTypes.ALLOWED.contains(type)) {
            throw new DocumentRejectedException(Reason.TYPE_NOT_ALLOWED,
                    "'" + name + "' is " + type + ", not a PDF, an Office document or an image");
        }
        // the name tells the truth about the content, so a browser opening it does not read it as another type
        name = validName(DocumentNames.withExtensionOf(name, type));
        String actor = currentUser.get().map(CurrentUser.PortalUser::username).orElse("system");
        DocumentRecord saved;
        try {
            saved = documents.save(new DocumentRecord(null, null, ownerType, ownerId, name, type, bytes.length,
                    sha256(bytes), clock.instant(), actor));
            contents.save(new DocumentContent(saved.id(), null, bytes));
        } catch (DataAccessException refused) {
            if (DatabaseOutage.isCauseOf(refused)) {
                throw refused; // the database away: "try again in a moment"
            }
            // a full disk, a table that refuses the write: the transaction rolls back, the record goes with it
            LOG.error("Document '{}' ({} bytes) for {} {} not stored", name, bytes.length, ownerType, ownerId, refused);
            throw new DocumentRejectedException(Reason.NOT_STORED, "The storage did not take the file");
        }
        audit.record("document.add", ownerType, ownerId, Map.of("document", new AuditLog.Change(null, name)));
        return toApi(saved);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<StoredDocument> find(long id) {
        return documents.findById(id).map(DatabaseDocumentStore::toApi);
    }

    @Override
    @Transactional(readOnly = true)
    public List<StoredDocument> list(String ownerType, String ownerId) {
        return documents.findByOwnerTypeAndOwnerIdOrderByCreatedAtDesc(ownerType, ownerId).stream()
                .map(DatabaseDocumentStore::toApi).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<byte[]> content(long id) {
        return contents.findById(id).map(DocumentContent::content);
    }

    @Override
    @Transactional
    public void delete(long id) {
        documents.findById(id).ifPresent(document -> {
            contents.deleteById(id);
            documents.delete(document);
            audit.record("document.delete", document.ownerType(), document.ownerId(),
                    Map.of("document", new AuditLog.Change(document.filename(), null)));
        });
    }

    @Override
    public long maxSize() {
        return maxSize;
    }

    private static String validName(String name) {
        if (name.isEmpty() || name.length() > 255 || name.equals(".") || name.equals("..")) {
            throw new DocumentRejectedException(Reason.NAME_INVALID, "The file needs a name of at most 255 characters");
        }
        return name;
    }

    private static byte[] readAtMost(InputStream in, long limit) {
        try (in) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                throw new DocumentRejectedException(Reason.TOO_LARGE, "The file is larger than " + limit + " bytes");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static StoredDocument toApi(DocumentRecord r) {
        return new StoredDocument(r.id(), r.ownerType(), r.ownerId(), r.filename(), r.contentType(), r.size(), r.sha256(),
                r.createdAt(), r.createdBy());
    }
}
