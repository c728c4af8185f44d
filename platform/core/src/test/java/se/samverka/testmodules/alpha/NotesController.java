package se.samverka.testmodules.alpha;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import se.samverka.platform.api.audit.AuditLog;
import se.samverka.platform.api.audit.FieldValues;
import se.samverka.platform.api.data.Texts;
import se.samverka.platform.api.refusal.RecordNotFound;

import java.util.List;

/**
 * The test module's API, built on the kit: tenant scoping comes from the platform, a missing note is a
 * {@link RecordNotFound} (translated 404 problem), the text rule is the platform's, the audit lists the fields.
 */
@Controller("/api/v1/tenants/{tenant}/alpha/notes")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class NotesController {

    static final int NOTE_LENGTH = 500;

    private final NoteRepository notes;
    private final AuditLog audit;

    NotesController(NoteRepository notes, AuditLog audit) {
        this.notes = notes;
        this.audit = audit;
    }

    @Get
    public List<Note> list(String tenant) {
        return notes.findAll();
    }

    @Get("/{id}")
    public Note get(String tenant, long id) {
        return notes.findById(id).orElseThrow(() -> new RecordNotFound("alpha.record.note", id));
    }

    @Post
    public HttpResponse<Note> create(String tenant, @Body NewNote body) {
        String text = Texts.required("alpha.field.text", body.text(), NOTE_LENGTH);
        Note saved = notes.save(new Note(null, null, text, null));
        audit.record("create", "note", String.valueOf(saved.id()), FieldValues.created(new NewNote(text)));
        return HttpResponse.created(saved);
    }

    /** A void operation: its refusals are problems like any other's. */
    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    public void remove(String tenant, long id) {
        notes.delete(get(tenant, id));
    }

    /** A download: its refusals are problem+json, not the download's type. */
    @Get(value = "/{id}/note.pdf", produces = "application/pdf")
    public byte[] pdf(String tenant, long id) {
        return get(tenant, id).text().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Serdeable
    public record NewNote(String text) {
    }
}
