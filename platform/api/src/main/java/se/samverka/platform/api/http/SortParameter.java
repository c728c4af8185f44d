package se.samverka.platform.api.http;

import io.micronaut.core.annotation.Nullable;
import se.samverka.platform.api.refusal.UnreadableParameter;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * A list endpoint's {@code sort} parameter, read alike everywhere: a column's name, descending when
 * followed by {@code ,desc} or preceded by {@code -} (the form export links use), ascending with
 * {@code ,asc} or nothing. An unknown column or direction is refused (400) naming the columns there are.
 */
public final class SortParameter {

    public static final String UNKNOWN = "refusal.sort-unknown";

    private SortParameter() {
    }

    /** A column and its direction. */
    public record Order<C>(C column, boolean ascending) {
    }

    /**
     * @param column the column of a name, if there is one
     * @param names  the names the API documents, for the refusal
     * @return empty when no sort is asked for
     */
    public static <C> Optional<Order<C>> parse(@Nullable String sort, Function<String, Optional<C>> column,
                                               Collection<String> names) {
        if (sort == null || sort.isBlank()) {
            return Optional.empty();
        }
        String text = sort.strip();
        boolean minus = text.startsWith("-");
        String[] parts = (minus ? text.substring(1) : text).split(",", 2);
        String direction = parts.length == 2 ? parts[1].strip().toLowerCase(Locale.ROOT) : minus ? "desc" : "asc";
        Optional<C> found = column.apply(parts[0].strip());
        if (found.isEmpty() || !(direction.equals("asc") || direction.equals("desc")) || (minus && parts.length == 2)) {
            throw new UnreadableParameter(UNKNOWN, sort, String.join(", ", names.stream().sorted().toList()));
        }
        return Optional.of(new Order<>(found.get(), direction.equals("asc")));
    }
}
