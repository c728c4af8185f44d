package se.samverka.agreements.documents;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.samverka.agreements.export.Attachment;
import se.samverka.agreements.export.Problems;
import se.samverka.agreements.shared.Refusal;
import se.samverka.platform.api.documents.DocumentRejectedException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * An agreement's documents over HTTP: list, upload (multipart: {@code kind} and {@code file}),
 * download with the original name, delete. The same rules as the documents tab
 * ({@link AgreementDocuments}); refusals are problem+json in the caller's language.
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
        return HttpResponse.ok(file.content())
                .contentType(file.document().contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, Attachment.contentDisposition(file.document().filename()))
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store");
    }

    @Delete("/{docId}")
    @Operation(summary = "Remove a document (case officers and administrators)")
    public HttpResponse<?> delete(String tenant, long id, long docId) {
        documents.delete(id, docId);
        return HttpResponse.noContent();
    }

    @Error
    MutableHttpResponse<Map<String, Object>> refused(HttpRequest<?> request, Refusal refusal) {
        if (refusal instanceof DocumentRefused refused && refused.reason() == DocumentRejectedException.Reason.TOO_LARGE) {
            return Problems.of(request, refusal, HttpStatus.REQUEST_ENTITY_TOO_LARGE);
        }
        return Problems.of(request, refusal);
    }
}
