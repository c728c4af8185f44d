package se.samverka.agreements.documents;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.samverka.platform.api.http.Attachment;
import se.samverka.platform.api.refusal.Refusal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * An agreement's documents over HTTP: list, upload (multipart: {@code kind} and {@code file}),
 * download with the original name, delete. The same rules as the documents tab
 * ({@link AgreementDocuments}). Refusals are thrown and answered by the module's one problem
 * renderer (api.RefusalProblems): 413 for a file over the limit, 422 for any other refused file.
 */
@Controller("/api/v1/tenants/{tenant}/agreements/{id}/documents")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Agreement documents")
public class AgreementDocumentsController {

    private final AgreementDocuments documents;

    AgreementDocumentsController(AgreementDocuments documents) {
        this.documents = documents;
    }

    @Get
    @Operation(summary = "The agreement's documents, newest first")
    public List<AgreementDocument> list(String tenant, long id) {
        return documents.list(id);
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Attach a document (PDF, Office document or image, judged by its content)",
            description = "Parts: kind (decision, signed-agreement, report, other) and file. Partner users attach reports only.")
    public HttpResponse<AgreementDocument> upload(String tenant, long id, @Nullable @Part("kind") String kind,
                                                  @Nullable @Part("file") CompletedFileUpload file) {
        if (file == null) {
            throw new Refusal("agreements.document.file-missing");
        }
        DocumentKind documentKind = DocumentKind.parse(kind).orElseThrow(() -> new Refusal("agreements.document.kind-missing"));
        try (InputStream content = file.getInputStream()) {
            return HttpResponse.created(documents.attach(id, documentKind, file.getFilename(), content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Get("/{docId}/content")
    @Operation(summary = "Download a document under its original name")
    public HttpResponse<?> content(String tenant, long id, long docId) {
        DocumentFile file = documents.file(id, docId);
        return Attachment.download(HttpResponse.ok(file.content()), file.document().contentType(), file.document().filename());
    }

    @Delete("/{docId}")
    @Operation(summary = "Remove a document (case officers and administrators)")
    public HttpResponse<?> delete(String tenant, long id, long docId) {
        documents.delete(id, docId);
        return HttpResponse.noContent();
    }
}
