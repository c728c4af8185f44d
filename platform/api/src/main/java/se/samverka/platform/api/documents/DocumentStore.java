package se.samverka.platform.api.documents;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * Documents of the current tenant (decisions, signed agreements, reports), kept in the shared database
 * so that every portal instance can serve them. A file is accepted by its real content type (PDF,
 * Office documents, images), never by its name, and up to a size limit. The owning module decides who
 * may see a record's documents; this store only scopes them to the tenant.
 */
public interface DocumentStore {

    /**
     * Stores a file for a record of a module.
     *
     * @param ownerType e.g. {@code "agreement"}
     * @param ownerId   the record's id
     * @throws DocumentRejectedException if the file is too large, empty, badly named, or of a type not allowed
     */
    StoredDocument store(String ownerType, String ownerId, String filename, InputStream content);

    Optional<StoredDocument> find(long id);

    List<StoredDocument> list(String ownerType, String ownerId);

    /** The document's bytes, if it exists in the current tenant. */
    Optional<byte[]> content(long id);

    void delete(long id);

    /** The size limit in bytes. */
    long maxSize();
}
