package se.samverka.groups.api;

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
import se.samverka.groups.documents.ProgrammeDocumentKind;
import se.samverka.groups.documents.ProgrammeDocuments;
import se.samverka.platform.api.documents.DocumentRequests;
import se.samverka.platform.api.documents.RecordDocument;

import java.util.List;

/** A programme's documents: list, upload (multipart {@code kind} and {@code file}), download under the original name, delete. */
@Controller("/api/v1/tenants/{tenant}/groups/programmes/{id}/documents")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Programme documents", description = "A programme's description, reports and information material (module groups)")
@ApiResponse(responseCode = "404", description = "The tenant, the module, the programme or the document is not there for you")
public class ProgrammeDocumentsController {

    private final ProgrammeDocuments documents;

    ProgrammeDocumentsController(ProgrammeDocuments documents) {
        this.documents = documents;
    }

    /** The API path of a programme's documents, for the documents tab's download links. */
    public static String path(String tenant, long programmeId) {
        return "/api/v1/tenants/" + tenant + "/groups/programmes/" + programmeId + "/documents";
    }

    @Get
    @Operation(summary = "The programme's documents, newest first")
    public List<RecordDocument<ProgrammeDocumentKind>> listProgrammeDocuments(String tenant, long id) {
        return documents.list(id);
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Attach a document (PDF, Office document or image, judged by its content)",
            description = "Parts: kind (description, report, information, other) and file. The provider's partner users "
                    + "attach descriptions, reports and information material.")
    public HttpResponse<RecordDocument<ProgrammeDocumentKind>> uploadProgrammeDocument(String tenant, long id,
                                                                                       @Nullable @Part("kind") String kind,
                                                                                       @Nullable @Part("file") CompletedFileUpload file) {
        return DocumentRequests.upload(documents, id, kind, file);
    }

    @Get("/{docId}/content")
    @Operation(summary = "Download a document under its original name")
    public HttpResponse<byte[]> downloadProgrammeDocument(String tenant, long id, long docId) {
        return DocumentRequests.download(documents, id, docId);
    }

    @Delete("/{docId}")
    @Operation(summary = "Remove a document (case officers and administrators)")
    public HttpResponse<Void> deleteProgrammeDocument(String tenant, long id, long docId) {
        return DocumentRequests.delete(documents, id, docId);
    }
}
