package se.samverka.platform.api.ui;

import com.vaadin.flow.router.QueryParameters;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A list's filters as they live in the page address, so that a filtered list can be bookmarked, linked to (a
 * dashboard bar, a reminder) and the back button returns to the previous filter. A value that cannot be read (an
 * edited address) is ignored rather than refused: the list then shows more, never an error.
 */
public final class AddressQuery {

    private final Map<String, List<String>> values;

    private AddressQuery(Map<String, List<String>> values) {
        this.values = values;
    }

    public static AddressQuery of(QueryParameters parameters) {
        return new AddressQuery(parameters.getParameters());
    }

    /** The first value of the parameter, if it is there and not blank, stripped. */
    public Optional<String> text(String name) {
        List<String> list = values.get(name);
        return list == null || list.isEmpty() || list.get(0) == null || list.get(0).isBlank()
                ? Optional.empty() : Optional.of(list.get(0).strip());
    }

    /** The parameter as one of the enum's constants, by its name. */
    public <E extends Enum<E>> Optional<E> choice(String name, Class<E> type) {
        return read(name, v -> Enum.valueOf(type, v));
    }

    public Optional<Long> number(String name) {
        return read(name, Long::valueOf);
    }

    /** An ISO date, {@code 2026-12-04}. */
    public Optional<LocalDate> date(String name) {
        return read(name, LocalDate::parse);
    }

    private <T> Optional<T> read(String name, Function<String, T> parser) {
        return text(name).flatMap(v -> {
            try {
                return Optional.of(parser.apply(v));
            } catch (IllegalArgumentException | DateTimeParseException unreadable) {
                return Optional.empty();
            }
        });
    }

    /**
     * The parameters of an address in the given order, leaving out what is null or blank; an enum is written by its
     * name, a date as ISO, anything else by {@code toString()}.
     */
    public static QueryParameters parameters(Map<String, ?> wanted) {
        Map<String, String> written = new LinkedHashMap<>();
        wanted.forEach((name, value) -> {
            String text = value instanceof Enum<?> e ? e.name() : value == null ? null : value.toString().strip();
            if (text != null && !text.isEmpty()) {
                written.put(name, text);
            }
        });
        return QueryParameters.simple(written);
    }
}
