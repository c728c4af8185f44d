package se.samverka.testmodules.alpha;

import io.micronaut.context.event.ApplicationEventListener;
import jakarta.inject.Singleton;
import se.samverka.platform.api.links.LinkedRecord;
import se.samverka.platform.api.links.RecordEvent;
import se.samverka.platform.api.links.RecordReference;
import se.samverka.platform.api.links.RecordSource;
import se.samverka.platform.api.tenant.CurrentTenant;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.StreamSupport;

/** The test module's notes as linkable records, and a listener that keeps the record events it hears. */
@Singleton
public class AlphaNoteRecords implements RecordSource, ApplicationEventListener<RecordEvent> {

    /** What the listener heard, with the tenant that was current when it did. */
    public final List<String> heard = new CopyOnWriteArrayList<>();

    private final NoteRepository notes;
    private final CurrentTenant tenant;

    AlphaNoteRecords(NoteRepository notes, CurrentTenant tenant) {
        this.notes = notes;
        this.tenant = tenant;
    }

    @Override
    public String moduleId() {
        return "alpha";
    }

    @Override
    public Set<String> types() {
        return Set.of("note");
    }

    @Override
    public Optional<LinkedRecord> resolve(String type, String id) {
        return id.matches("\\d+") ? notes.findById(Long.parseLong(id)).map(AlphaNoteRecords::linked) : Optional.empty();
    }

    @Override
    public List<LinkedRecord> search(String type, String text, int limit) {
        return StreamSupport.stream(notes.findAll().spliterator(), false).filter(n -> n.text().contains(text))
                .limit(limit).map(AlphaNoteRecords::linked).toList();
    }

    @Override
    public void onApplicationEvent(RecordEvent event) {
        heard.add(event.reference() + " " + event.kind() + " in " + tenant.id().orElse("?"));
    }

    static LinkedRecord linked(Note note) {
        return new LinkedRecord(RecordReference.of("alpha", "note", note.id()), note.text(), null, "alpha");
    }
}
