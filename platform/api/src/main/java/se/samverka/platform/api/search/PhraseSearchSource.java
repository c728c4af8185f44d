package se.samverka.platform.api.search;

import java.util.List;

/**
 * A source of one kind that searches through the module's existing list search by a phrase (a programme's
 * name, a partnership's title), which applies the module's sight and pages by page number: the hits are read
 * to the requested page's end and what was shown skipped, fine for the tens or hundreds of such records a
 * tenant has. A module with texts to search writes its own queries instead (the agreements module).
 *
 * @param <T> the module's record
 */
public abstract class PhraseSearchSource<T> implements SearchSource {

    private final String moduleId;
    private final SearchKind kind;

    protected PhraseSearchSource(String moduleId, SearchKind kind) {
        this.moduleId = moduleId;
        this.kind = kind;
    }

    /** The first {@code count} records the current user may see whose name contains the phrase, in the order shown. */
    protected abstract List<T> first(String phrase, int count);

    protected abstract SearchHit hit(T record);

    @Override
    public final String moduleId() {
        return moduleId;
    }

    @Override
    public final List<SearchKind> kinds() {
        return List.of(kind);
    }

    @Override
    public final List<SearchHit> search(String kindId, SearchWords words, int offset, int limit) {
        if (!kind.id().equals(kindId) || words.isEmpty() || limit <= 0) {
            return List.of();
        }
        int from = Math.max(0, offset);
        return first(words.text(), from + limit).stream().skip(from).map(this::hit).toList();
    }
}
