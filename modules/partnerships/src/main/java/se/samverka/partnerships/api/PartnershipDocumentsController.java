package se.samverka.partnerships.api;

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
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.samverka.partnerships.documents.PartnershipDocumentKind;
import se.samverka.partnerships.documents.PartnershipDocuments;
import se.samverka.platform.api.documents.DocumentRequests;
import se.samverka.platform.api.documents.RecordDocument;

import java.util.List;

/** A partnership's documents: list, upload (multipart {@code kind} and {@code file}), download under the original name, delete. */
@Controller("/api/v1/tenants/{tenant}/partnerships/{id}/documents")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Partnership documents", description = "Applications, decisions, reports and agreements of a partnership (module partnerships)")
@ApiResponse(responseCode = "404", description = "The tenant, the module, the partnership or the document is not there for you")
public class PartnershipDocumentsController {

    private final PartnershipDocuments documents;

    PartnershipDocumentsController(PartnershipDocuments documents) {
        this.documents = documents;
    }

    /** The API path of a partnership's documents, for the documents tab's download links. */
    public static String path(String tenant, long partnershipId) {
        return "/api/v1/tenants/" + tenant + "/partnerships/" + partnershipId + "/documents";
    }

    @Get
    @Operation(summary = "The partnership's documents, newest first")
    public List<RecordDocument<PartnershipDocumentKind>> listPartnershipDocuments(String tenant, long id) {
        return documents.list(id);
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Attach a document (PDF, Office document or image, judged by its content)",
            description = "Parts: kind (application, decision, report, agreement, other) and file.")
    public HttpResponse<RecordDocument<PartnershipDocumentKind>> uploadPartnershipDocument(String tenant, long id,
                                                                                       @Nullable @Part("kind") String kind,
                                                                                       @Nullable @Part("file") CompletedFileUpload file) {
        return DocumentRequests.upload(documents, id, kind, file);
    }

    @Get("/{docId}/content")
    @Operation(summary = "Download a document under its original name")
    public HttpResponse<byte[]> downloadPartnershipDocument(String tenant, long id, long docId) {
        return DocumentRequests.download(documents, id, docId);
    }

    @Delete("/{docId}")
    @Operation(summary = "Remove a document (case officers and administrators)")
    public HttpResponse<Void> deletePartnershipDocument(String tenant, long id, long docId) {
        return DocumentRequests.delete(documents, id, docId);
    }
}
