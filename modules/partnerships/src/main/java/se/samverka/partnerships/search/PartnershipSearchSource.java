package se.samverka.partnerships.search;

import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import se.samverka.partnerships.PartnershipsModule;
import se.samverka.partnerships.partnership.Partnership;
import se.samverka.partnerships.partnership.PartnershipSearch;
import se.samverka.partnerships.partnership.Partnerships;
import se.samverka.partnerships.ui.PartnershipView;
import se.samverka.platform.api.search.PhraseSearchSource;
import se.samverka.platform.api.search.SearchHit;
import se.samverka.platform.api.search.SearchKind;

import java.util.List;

/**
 * Partnerships as the header's search finds them, by title, through the module's own search and so with its
 * sight (the tenant's staff).
 */
@Singleton
class PartnershipSearchSource extends PhraseSearchSource<Partnership> {

    static final SearchKind PARTNERSHIPS = new SearchKind("partnerships:partnership", "partnerships.search.kind.partnership");

    private final Partnerships partnerships;

    PartnershipSearchSource(Partnerships partnerships) {
        super(PartnershipsModule.ID, PARTNERSHIPS);
        this.partnerships = partnerships;
    }

    @Override
    protected List<Partnership> first(String phrase, int count) {
        return partnerships.search(new PartnershipSearch(null, null, null, null, phrase),
                Pageable.from(0, count, Sort.of(Sort.Order.asc("title"), Sort.Order.asc("id")))).getContent();
    }

    @Override
    protected SearchHit hit(Partnership partnership) {
        return new SearchHit(partnership.title(), null, PartnershipView.path(partnership.id()), null);
    }
}
