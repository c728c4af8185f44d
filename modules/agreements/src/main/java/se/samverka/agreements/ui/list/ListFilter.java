package se.samverka.agreements.ui.list;

import com.vaadin.flow.router.QueryParameters;
import io.micronaut.core.annotation.Nullable;
import se.samverka.agreements.agreement.AgreementSearch;
import se.samverka.agreements.agreement.AgreementSort;
import se.samverka.agreements.lifecycle.AgreementStatus;
import se.samverka.platform.api.ui.AddressQuery;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the agreements list shows, as it lives in the page address, so that a filtered list can be
 * bookmarked and the back button returns to the previous filter. The export links carry the same
 * parameters: {@code status}, {@code partner}, {@code from}, {@code to}, {@code q}, {@code sort}
 * ({@code TITLE} ascending, {@code -TITLE} descending, as the export reads it), {@code mine=true}. A value that cannot
 * be read (an edited address) is ignored rather than refused.
 */
record ListFilter(@Nullable AgreementStatus status,
                  @Nullable Long partnerId,
                  @Nullable LocalDate from,
                  @Nullable LocalDate to,
                  @Nullable String text,
                  @Nullable AgreementSort sort,
                  boolean ascending,
                  boolean mine) {

    static final String STATUS = "status";
    static final String PARTNER = "partner";
    static final String FROM = "from";
    static final String TO = "to";
    static final String TEXT = "q";
    static final String SORT = "sort";
    static final String MINE = "mine";
    private static final String DESCENDING = "-";

    static final ListFilter NONE = new ListFilter(null, null, null, null, null, null, true, false);

    static ListFilter from(QueryParameters parameters) {
        AddressQuery query = AddressQuery.of(parameters);
        String sortValue = query.text(SORT).orElse(null);
        boolean ascending = sortValue == null || !sortValue.startsWith(DESCENDING);
        String sortName = sortValue == null ? null : ascending ? sortValue : sortValue.substring(DESCENDING.length());
        AgreementSort sort = null;
        try {
            sort = sortName == null ? null : AgreementSort.valueOf(sortName);
        } catch (IllegalArgumentException edited) {
            // an address edited by hand: unsorted
        }
        return new ListFilter(query.choice(STATUS, AgreementStatus.class).orElse(null), query.number(PARTNER).orElse(null),
                query.date(FROM).orElse(null), query.date(TO).orElse(null), query.text(TEXT).orElse(null), sort, ascending,
                query.text(MINE).filter("true"::equals).isPresent());
    }

    QueryParameters toQueryParameters() {
        return QueryParameters.simple(values());
    }

    /** The parameters in a fixed order, URL-encoded: for the export links. */
    String queryString() {
        return values().entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        if (status != null) {
            values.put(STATUS, status.name());
        }
        if (partnerId != null) {
            values.put(PARTNER, String.valueOf(partnerId));
        }
        if (from != null) {
            values.put(FROM, from.toString());
        }
        if (to != null) {
            values.put(TO, to.toString());
        }
        if (text != null && !text.isBlank()) {
            values.put(TEXT, text.strip());
        }
        if (mine) {
            values.put(MINE, "true");
        }
        if (sort != null) {
            values.put(SORT, (ascending ? "" : DESCENDING) + sort.name());
        }
        return values;
    }

    AgreementSearch search() {
        return new AgreementSearch(status, partnerId, from, to, text, mine);
    }

    ListFilter withSort(@Nullable AgreementSort newSort, boolean newAscending) {
        return new ListFilter(status, partnerId, from, to, text, newSort, newAscending, mine);
    }
}
