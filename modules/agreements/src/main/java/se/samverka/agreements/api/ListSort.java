package se.samverka.agreements.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Sort;
import se.samverka.agreements.agreement.AgreementSort;
import se.samverka.platform.api.http.SortParameter;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * The agreements list's {@code sort} parameter, read alike by the API's list and the exports (the
 * platform's {@link SortParameter}): a column ({@code title}, {@code periodEnd}, … or the view's
 * {@code PERIOD_END}), descending when followed by {@code ,desc} or preceded by {@code -}.
 */
public final class ListSort {

    static final Map<String, AgreementSort> COLUMNS = Map.of(
            "title", AgreementSort.TITLE,
            "registryNumber", AgreementSort.REGISTRY_NUMBER,
            "status", AgreementSort.STATUS,
            "periodStart", AgreementSort.PERIOD_START,
            "periodEnd", AgreementSort.PERIOD_END,
            "renewalTalksStart", AgreementSort.RENEWAL_TALKS_START,
            "updatedAt", AgreementSort.LAST_CHANGED);

    private ListSort() {
    }

    /** The order asked for; the last changed first when none is asked. */
    public static Sort parse(@Nullable String sort) {
        return SortParameter.parse(sort, ListSort::column, COLUMNS.keySet())
                .map(order -> order.column().sort(order.ascending()))
                .orElseGet(() -> AgreementSort.LAST_CHANGED.sort(false));
    }

    /** By the API's name, else by the enum's name in any case, with or without {@code _} or {@code -}. */
    private static Optional<AgreementSort> column(String name) {
        if (COLUMNS.containsKey(name)) {
            return Optional.of(COLUMNS.get(name));
        }
        String bare = name.replace("-", "").replace("_", "");
        return Arrays.stream(AgreementSort.values())
                .filter(s -> s.name().replace("_", "").equalsIgnoreCase(bare))
                .findFirst();
    }
}
