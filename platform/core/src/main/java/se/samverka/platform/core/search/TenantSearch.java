package se.samverka.platform.core.search;

import io.micronaut.context.BeanProvider;
import jakarta.inject.Singleton;
import se.samverka.platform.api.search.SearchSource;
import se.samverka.platform.api.search.SearchWords;
import se.samverka.platform.api.tenant.CurrentTenant;
import se.samverka.platform.core.module.ModuleEnablement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The header's search across the current tenant: every enabled module's {@link SearchSource} (and the
 * platform's own, the partner register) asked for each of its kinds, each answering with its own sight and
 * paging in the database. A kind without hits is left out.
 */
@Singleton
public class TenantSearch {

    /** The platform's own source's module id: always there while the tenant uses any module. */
    static final String PLATFORM = "platform";

    private final BeanProvider<SearchSource> sources;
    private final ModuleEnablement enablement;
    private final CurrentTenant tenant;

    TenantSearch(BeanProvider<SearchSource> sources, ModuleEnablement enablement, CurrentTenant tenant) {
        this.sources = sources;
        this.enablement = enablement;
        this.tenant = tenant;
    }

    /** The first {@code perKind} hits of every kind that has any, in the sources' order. */
    public List<SearchGroup> search(String text, int perKind) {
        SearchWords words = SearchWords.of(text);
        List<SearchGroup> groups = new ArrayList<>();
        if (words.isEmpty()) {
            return groups;
        }
        for (SearchSource source : enabledSources()) {
            source.kinds().forEach(kind -> {
                SearchGroup group = page(source, kind.id(), words, 0, perKind);
                if (!group.hits().isEmpty()) {
                    groups.add(group);
                }
            });
        }
        return groups;
    }

    /** The next hits of one kind, e.g. after "Visa fler"; empty when the kind's module is not enabled. */
    public Optional<SearchGroup> more(String text, String kindId, int offset, int limit) {
        SearchWords words = SearchWords.of(text);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        return enabledSources().stream()
                .filter(source -> source.kinds().stream().anyMatch(kind -> kind.id().equals(kindId)))
                .findFirst().map(source -> page(source, kindId, words, Math.max(0, offset), limit));
    }

    private SearchGroup page(SearchSource source, String kindId, SearchWords words, int offset, int limit) {
        int size = Math.max(1, limit);
        var kind = source.kinds().stream().filter(k -> k.id().equals(kindId)).findFirst().orElseThrow();
        // one more than shown says whether there are more, without counting them all
        var hits = source.search(kindId, words, offset, size + 1);
        return new SearchGroup(kind, hits.size() > size ? hits.subList(0, size) : hits, offset, hits.size() > size);
    }

    private List<SearchSource> enabledSources() {
        Optional<String> current = tenant.id();
        if (current.isEmpty()) {
            return List.of();
        }
        List<String> enabled = enablement.enabledModules(current.get()).stream().map(m -> m.id()).toList();
        if (enabled.isEmpty()) {
            return List.of();
        }
        List<SearchSource> found = new ArrayList<>();
        // the platform's own kinds after the modules' records: people mostly look for an agreement
        sources.stream().filter(s -> enabled.contains(s.moduleId())).forEach(found::add);
        sources.stream().filter(s -> PLATFORM.equals(s.moduleId())).forEach(found::add);
        return found;
    }
}
