package se.samverka.partnerships.search;

import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import se.samverka.partnerships.PartnershipsModule;
import se.samverka.partnerships.partnership.Partnership;
import se.samverka.partnerships.partnership.PartnershipSearch;
import se.samverka.partnerships.partnership.Partnerships;
import se.samverka.partnerships.ui.PartnershipView;
import se.samverka.platform.api.search.SearchHit;
import se.samverka.platform.api.search.SearchKind;
import se.samverka.platform.api.search.SearchSource;
import se.samverka.platform.api.search.SearchWords;

import java.util.List;

/**
 * Partnerships as the header's search finds them, by title (the words as one phrase), through the module's
 * own search and so with its sight (the tenant's staff).
 */
@Singleton
class PartnershipSearchSource implements SearchSource {

    static final SearchKind PARTNERSHIPS = new SearchKind("partnerships:partnership", "partnerships.search.kind.partnership");

    private final Partnerships partnerships;

    PartnershipSearchSource(Partnerships partnerships) {
        this.partnerships = partnerships;
    }

    @Override
    public String moduleId() {
        return PartnershipsModule.ID;
    }

    @Override
    public List<SearchKind> kinds() {
        return List.of(PARTNERSHIPS);
    }

    @Override
    public List<SearchHit> search(String kind, SearchWords words, int offset, int limit) {
        if (!PARTNERSHIPS.id().equals(kind) || words.isEmpty() || limit <= 0) {
            return List.of();
        }
        // the module's search pages by page number: read to the page's end and skip what was shown
        return partnerships.search(new PartnershipSearch(null, null, null, null, words.text()),
                        Pageable.from(0, offset + limit, Sort.of(Sort.Order.asc("title"), Sort.Order.asc("id"))))
                .getContent().stream().skip(offset).map(PartnershipSearchSource::hit).toList();
    }

    private static SearchHit hit(Partnership partnership) {
        return new SearchHit(partnership.title(), null, PartnershipView.path(partnership.id()), null);
    }
}
