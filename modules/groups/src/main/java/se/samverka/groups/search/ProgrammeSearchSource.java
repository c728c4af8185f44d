package se.samverka.groups.search;

import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import se.samverka.groups.GroupsModule;
import se.samverka.groups.programme.Programme;
import se.samverka.groups.programme.ProgrammeSearch;
import se.samverka.groups.programme.Programmes;
import se.samverka.groups.ui.ProgrammeView;
import se.samverka.platform.api.search.PhraseSearchSource;
import se.samverka.platform.api.search.SearchHit;
import se.samverka.platform.api.search.SearchKind;

import java.util.List;

/**
 * Programmes as the header's search finds them, by name, through the module's own search and so with its
 * sight: a provider's users find their organisation's programmes only.
 */
@Singleton
class ProgrammeSearchSource extends PhraseSearchSource<Programme> {

    static final SearchKind PROGRAMMES = new SearchKind("groups:programme", "groups.search.kind.programme");

    private final Programmes programmes;

    ProgrammeSearchSource(Programmes programmes) {
        super(GroupsModule.ID, PROGRAMMES);
        this.programmes = programmes;
    }

    @Override
    protected List<Programme> first(String phrase, int count) {
        return programmes.search(new ProgrammeSearch(null, phrase),
                Pageable.from(0, count, Sort.of(Sort.Order.asc("name"), Sort.Order.asc("id")))).getContent();
    }

    @Override
    protected SearchHit hit(Programme programme) {
        return new SearchHit(programme.name(), null, ProgrammeView.path(programme.id()), null);
    }
}
