package se.samverka.agreements.export;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Sort;
import se.samverka.agreements.agreement.AgreementSearch;
import se.samverka.agreements.agreement.AgreementSort;
import se.samverka.agreements.lifecycle.AgreementStatus;
import se.samverka.agreements.shared.Refusal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

/**
 * The list's filters and order as an export's query parameters: {@code status} (e.g. ACTIVE),
 * {@code partner} (a partner organisation's id), {@code from}/{@code to} (ISO dates: the period
 * overlaps them), {@code q} (text), {@code sort} (e.g. {@code title}, {@code periodEnd}, or
 * {@code PERIOD_END}; a leading {@code -} sorts descending). Without a sort, the most recently
 * changed come first, as in the list. A value that cannot be read is refused, naming it.
 */
public record ExportQuery(AgreementSearch filter, Sort sort) {

    static final AgreementSort DEFAULT_SORT = AgreementSort.LAST_CHANGED;

    public static ExportQuery parse(@Nullable String status, @Nullable String partner, @Nullable String from,
                                    @Nullable String to, @Nullable String q, @Nullable String sort) {
        return new ExportQuery(new AgreementSearch(status(status), partner(partner), date("from", from), date("to", to),
                q == null || q.isBlank() ? null : q.trim()), sort(sort));
    }

    private static AgreementStatus status(String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return AgreementStatus.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Refusal("agreements.export.bad-parameter", "status", value);
        }
    }

    private static Long partner(String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw new Refusal("agreements.export.bad-parameter", "partner", value);
        }
    }

    private static LocalDate date(String name, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new Refusal("agreements.export.bad-parameter", name, value);
        }
    }

    private static Sort sort(String value) {
        if (blank(value)) {
            return DEFAULT_SORT.sort(false);
        }
        String text = value.trim();
        boolean descending = text.startsWith("-");
        String name = (descending ? text.substring(1) : text).replace("-", "").replace("_", "");
        AgreementSort order = Arrays.stream(AgreementSort.values())
                .filter(s -> s.name().replace("_", "").equalsIgnoreCase(name))
                .findFirst()
                .orElseThrow(() -> new Refusal("agreements.export.bad-parameter", "sort", value));
        return order.sort(!descending);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
