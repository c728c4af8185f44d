package se.samverka.agreements.export;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Parameter;

/**
 * The query parameters the list exports share, bound as one bean: the list's filters and order
 * ({@link ExportQuery}) and {@code lang}, the language of the file's labels.
 */
@Introspected
public record ExportParameters(
        @Parameter(description = "e.g. ACTIVE") @Nullable @QueryValue String status,
        @Parameter(description = "a partner organisation's id") @Nullable @QueryValue String partner,
        @Parameter(description = "ISO date: agreements whose period overlaps from..to") @Nullable @QueryValue String from,
        @Parameter(description = "ISO date") @Nullable @QueryValue String to,
        @Parameter(description = "words of the title, the registry number or a party's name") @Nullable @QueryValue String q,
        @Parameter(description = "a column such as title or periodEnd; ',desc' after it or '-' before it for descending")
        @Nullable @QueryValue String sort,
        @Parameter(description = "sv or en; else Accept-Language decides") @Nullable @QueryValue String lang,
        @Parameter(description = "true: only the agreements the caller is a responsible officer of") @Nullable @QueryValue String mine) {

    ExportQuery query() {
        return ExportQuery.parse(status, partner, from, to, q, sort, mine);
    }
}
