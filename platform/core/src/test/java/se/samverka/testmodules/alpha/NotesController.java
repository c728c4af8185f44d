package se.samverka.testmodules.alpha;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import se.samverka.platform.api.audit.AuditLog;

import java.util.List;
import java.util.Map;

/** The test module's API: tenant scoping comes from the platform, not from this code. */
@Controller("/api/v1/tenants/{tenant}/alpha/notes")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class NotesController {

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
        return notes.findById(id).orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "Not found"));
    }

    @Post
    public HttpResponse<Note> create(String tenant, @Valid @Body NewNote body) {
        Note saved = notes.save(new Note(null, null, body.text(), null));
        audit.record("create", "note", String.valueOf(saved.id()), Map.of("text", new AuditLog.Change(null, body.text())));
        return HttpResponse.created(saved);
    }

    @Serdeable
    public record NewNote(@NotBlank String text) {
    }
}
