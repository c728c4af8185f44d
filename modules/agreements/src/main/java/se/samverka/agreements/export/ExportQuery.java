package se.samverka.agreements.export;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Sort;
import se.samverka.agreements.agreement.AgreementSearch;
import se.samverka.agreements.api.ListSort;
import se.samverka.platform.api.refusal.UnreadableParameter;
import se.samverka.agreements.lifecycle.AgreementStatus;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The list's filters and order as an export's query parameters: {@code status} (e.g. ACTIVE),
 * {@code partner} (a partner organisation's id), {@code from}/{@code to} (ISO dates: the period
 * overlaps them), {@code q} (text), {@code sort} as the API's list reads it ({@link ListSort}).
 * Read here rather than bound by Micronaut so that a value that cannot be read is refused in the
 * caller's language, naming it (400, as Micronaut would answer).
 */
public record ExportQuery(AgreementSearch filter, Sort sort) {

    public static ExportQuery parse(@Nullable String status, @Nullable String partner, @Nullable String from,
                                    @Nullable String to, @Nullable String q, @Nullable String sort) {
        return parse(status, partner, from, to, q, sort, null);
    }

    /** @param mine {@code true}: only the agreements the caller is responsible for ("my agreements") */
    public static ExportQuery parse(@Nullable String status, @Nullable String partner, @Nullable String from,
                                    @Nullable String to, @Nullable String q, @Nullable String sort, @Nullable String mine) {
        return new ExportQuery(new AgreementSearch(status(status), partner(partner), date("from", from), date("to", to),
                q == null || q.isBlank() ? null : q.trim(), "true".equalsIgnoreCase(blank(mine) ? null : mine.trim())), ListSort.parse(sort));
    }

    private static AgreementStatus status(String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return AgreementStatus.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UnreadableParameter("agreements.export.bad-parameter", "status", value);
        }
    }

    private static Long partner(String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw new UnreadableParameter("agreements.export.bad-parameter", "partner", value);
        }
    }

    private static LocalDate date(String name, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new UnreadableParameter("agreements.export.bad-parameter", name, value);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
