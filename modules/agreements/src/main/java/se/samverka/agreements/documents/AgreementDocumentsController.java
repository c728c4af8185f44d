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
import se.samverka.platform.api.documents.DocumentRequests;
import se.samverka.platform.api.documents.RecordDocument;

import java.util.List;

/**
 * An agreement's documents over HTTP: list, upload (multipart: {@code kind} and {@code file}),
 * download with the original name, delete. The same rules as the documents tab ({@link AgreementDocuments}).
 */
@Controller("/api/v1/tenants/{tenant}/agreements/{id}/documents")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Agreement documents")
public class AgreementDocumentsController {

    private final AgreementDocuments documents;

    AgreementDocumentsController(AgreementDocuments documents) {
        this.documents = documents;
    }

    static String path(String tenant, long agreementId) {
        return "/api/v1/tenants/" + tenant + "/agreements/" + agreementId + "/documents";
    }

    @Get
    @Operation(summary = "The agreement's documents, newest first")
    public List<RecordDocument<DocumentKind>> list(String tenant, long id) {
        return documents.list(id);
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Attach a document (PDF, Office document or image, judged by its content)",
            description = "Parts: kind (decision, signed-agreement, report, other) and file. Partner users attach reports only.")
    public HttpResponse<RecordDocument<DocumentKind>> upload(String tenant, long id, @Nullable @Part("kind") String kind,
                                                             @Nullable @Part("file") CompletedFileUpload file) {
        return DocumentRequests.upload(documents, id, kind, file);
    }

    @Get("/{docId}/content")
    @Operation(summary = "Download a document under its original name")
    public HttpResponse<byte[]> content(String tenant, long id, long docId) {
        return DocumentRequests.download(documents, id, docId);
    }

    @Delete("/{docId}")
    @Operation(summary = "Remove a document (case officers and administrators)")
    public HttpResponse<Void> delete(String tenant, long id, long docId) {
        return DocumentRequests.delete(documents, id, docId);
    }
}
