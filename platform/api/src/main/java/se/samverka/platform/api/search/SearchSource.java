package se.samverka.platform.api.search;

import java.util.List;

/**
 * A module's records as the header's search finds them: a {@code @Singleton} bean per module. The platform
 * asks it only while the module is enabled for the current tenant; it searches the current tenant in the
 * database, paged there, with the module's own sight (a partner user finds their organisation's records
 * only, a user without sight nothing), so what the user may not see is never a hit. A module's documents are
 * searched by the module too (the platform's store does not know who may see their records).
 */
public interface SearchSource {

    /** The module whose records these are. */
    String moduleId();

    /** What it finds, in the order the groups are shown. */
    List<SearchKind> kinds();

    /**
     * Hits of one of its kinds that the current user may see, in the order shown (a stable order, so that
     * pages follow each other), skipping {@code offset}, at most {@code limit}. A caller asks one more than
     * it shows to know whether there are more.
     */
    List<SearchHit> search(String kind, SearchWords words, int offset, int limit);
}
