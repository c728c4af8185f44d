package se.samverka.groups.links;

import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import se.samverka.groups.GroupsModule;
import se.samverka.groups.programme.Programme;
import se.samverka.groups.programme.ProgrammeSearch;
import se.samverka.groups.programme.Programmes;
import se.samverka.groups.ui.ProgrammeView;
import se.samverka.platform.api.links.LinkedRecord;
import se.samverka.platform.api.links.RecordReference;
import se.samverka.platform.api.links.RecordSource;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Programmes as records other modules link to ({@code groups:programme:<id>}), with the module's sight. */
@Singleton
class ProgrammeRecords implements RecordSource {

    @Override
    public String moduleId() {
        return GroupsModule.ID;
    }

    private final Programmes programmes;

    ProgrammeRecords(Programmes programmes) {
        this.programmes = programmes;
    }

    @Override
    public Set<String> types() {
        return Set.of(Programme.RECORD_TYPE);
    }

    @Override
    public Optional<LinkedRecord> resolve(String type, String id) {
        if (!Programme.RECORD_TYPE.equals(type) || !id.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return programmes.find(Long.parseLong(id)).map(ProgrammeRecords::linked);
    }

    @Override
    public List<LinkedRecord> search(String type, String text, int limit) {
        if (!Programme.RECORD_TYPE.equals(type) || limit == 0) {
            return List.of();
        }
        return programmes.search(new ProgrammeSearch(null, text), Pageable.from(0, limit, Sort.of(Sort.Order.asc("name"))))
                .getContent().stream().map(ProgrammeRecords::linked).toList();
    }

    static LinkedRecord linked(Programme programme) {
        return new LinkedRecord(RecordReference.of(GroupsModule.ID, Programme.RECORD_TYPE, programme.id()), programme.name(),
                null, ProgrammeView.path(programme.id()));
    }
}
