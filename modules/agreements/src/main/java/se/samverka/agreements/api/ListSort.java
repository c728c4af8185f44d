package se.samverka.agreements.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Sort;
import se.samverka.agreements.agreement.AgreementSort;
import se.samverka.agreements.shared.Refusal;

import java.util.Locale;
import java.util.Map;

/** The list's {@code sort} parameter: a column, optionally followed by {@code ,asc} or {@code ,desc}. */
final class ListSort {

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
    static Sort parse(@Nullable String sort) {
        if (sort == null || sort.isBlank()) {
            return AgreementSort.LAST_CHANGED.sort(false);
        }
        String[] parts = sort.split(",", 2);
        AgreementSort column = COLUMNS.get(parts[0].strip());
        String direction = parts.length == 2 ? parts[1].strip().toLowerCase(Locale.ROOT) : "asc";
        if (column == null || !(direction.equals("asc") || direction.equals("desc"))) {
            throw new Refusal("agreements.api.sort-unknown", sort, String.join(", ", COLUMNS.keySet().stream().sorted().toList()));
        }
        return column.sort(direction.equals("asc"));
    }
}
