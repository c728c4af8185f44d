package se.samverka.groups.search;

import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import se.samverka.groups.GroupsModule;
import se.samverka.groups.programme.Programme;
import se.samverka.groups.programme.ProgrammeSearch;
import se.samverka.groups.programme.Programmes;
import se.samverka.groups.ui.ProgrammeView;
import se.samverka.platform.api.search.SearchHit;
import se.samverka.platform.api.search.SearchKind;
import se.samverka.platform.api.search.SearchSource;
import se.samverka.platform.api.search.SearchWords;

import java.util.List;

/**
 * Programmes as the header's search finds them, by name (the words as one phrase), through the module's own
 * search and so with its sight: a provider's users find their organisation's programmes only.
 */
@Singleton
class ProgrammeSearchSource implements SearchSource {

    static final SearchKind PROGRAMMES = new SearchKind("groups:programme", "groups.search.kind.programme");

    private final Programmes programmes;

    ProgrammeSearchSource(Programmes programmes) {
        this.programmes = programmes;
    }

    @Override
    public String moduleId() {
        return GroupsModule.ID;
    }

    @Override
    public List<SearchKind> kinds() {
        return List.of(PROGRAMMES);
    }

    @Override
    public List<SearchHit> search(String kind, SearchWords words, int offset, int limit) {
        if (!PROGRAMMES.id().equals(kind) || words.isEmpty() || limit <= 0) {
            return List.of();
        }
        // the module's search pages by page number: read to the page's end and skip what was shown
        // (a tenant has tens of programmes)
        return programmes.search(new ProgrammeSearch(null, words.text()),
                        Pageable.from(0, offset + limit, Sort.of(Sort.Order.asc("name"), Sort.Order.asc("id"))))
                .getContent().stream().skip(offset).map(ProgrammeSearchSource::hit).toList();
    }

    private static SearchHit hit(Programme programme) {
        return new SearchHit(programme.name(), null, ProgrammeView.path(programme.id()), null);
    }
}
