package se.samverka.platform.api.documents;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.multipart.CompletedFileUpload;
import se.samverka.platform.api.http.Attachment;
import se.samverka.platform.api.refusal.Refusal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * What a module's documents controller does with a request, so that its controller only declares the
 * routes under its own path: an upload (multipart parts {@code kind} and {@code file}) answers 201 with
 * the document; a download answers with the original name; refusals are answered as problem+json by the
 * platform (413 for a file over the limit, 422 for any other refused file, 403 for a kind the caller may
 * not attach).
 */
public final class DocumentRequests {

    private DocumentRequests() {
    }

    public static <K extends Enum<K>> HttpResponse<RecordDocument<K>> upload(RecordDocuments<K> documents, long recordId,
                                                                            @Nullable String kind,
                                                                            @Nullable CompletedFileUpload file) {
        if (file == null) {
            throw new Refusal("documents.file-missing").at("file");
        }
        K documentKind = documents.kinds().parse(kind).orElseThrow(documents::kindMissing);
        try (InputStream content = file.getInputStream()) {
            return HttpResponse.created(documents.attach(recordId, documentKind, file.getFilename(), content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static HttpResponse<byte[]> download(RecordDocuments<?> documents, long recordId, long documentId) {
        DocumentFile file = documents.file(recordId, documentId);
        return Attachment.download(HttpResponse.ok(file.content()), file.document().contentType(), file.document().filename());
    }

    public static HttpResponse<Void> delete(RecordDocuments<?> documents, long recordId, long documentId) {
        documents.delete(recordId, documentId);
        return HttpResponse.noContent();
    }
}
