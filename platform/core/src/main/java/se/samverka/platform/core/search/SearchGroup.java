package se.samverka.platform.core.search;

import se.samverka.platform.api.search.SearchHit;
import se.samverka.platform.api.search.SearchKind;

import java.util.List;

/** One kind's hits of a search, from {@code offset}, and whether there are more after them. */
public record SearchGroup(SearchKind kind, List<SearchHit> hits, int offset, boolean more) {

    public SearchGroup {
        hits = List.copyOf(hits);
    }

    /** The group with the next page's hits after its own. */
    public SearchGroup followedBy(SearchGroup next) {
        List<SearchHit> all = new java.util.ArrayList<>(hits);
        all.addAll(next.hits());
        return new SearchGroup(kind, all, offset, next.more());
    }
}
