package se.samverka.platform.api.data;

import io.micronaut.core.convert.ConversionContext;
import io.micronaut.data.model.runtime.convert.AttributeConverter;

import java.util.Arrays;
import java.util.List;

/**
 * A short list of small records in one TEXT column, one per line with fields separated by {@code |} (a
 * group's leaders, a team by function, a visit's participants): for lists that are always read and
 * written with their record and never queried by a field. Line breaks and {@code |} in a value become
 * spaces and {@code /}.
 */
public abstract class RowsConverter<T> implements AttributeConverter<List<T>, String> {

    /** The record's fields, in order. */
    protected abstract List<String> fields(T row);

    /** The record of a line's fields (as many as {@link #fields} gave, fewer from older lines). */
    protected abstract T row(List<String> fields);

    @Override
    public String convertToPersistedValue(List<T> rows, ConversionContext context) {
        return rows == null ? "" : String.join("\n", rows.stream()
                .map(row -> String.join("|", fields(row).stream().map(RowsConverter::clean).toList())).toList());
    }

    @Override
    public List<T> convertToEntityValue(String column, ConversionContext context) {
        return column == null || column.isBlank() ? List.of() : Arrays.stream(column.split("\n"))
                .filter(line -> !line.isBlank()).map(line -> row(Arrays.asList(line.split("\\|", -1)))).toList();
    }

    private static String clean(String value) {
        return value == null ? "" : value.replace('\n', ' ').replace('\r', ' ').replace('|', '/');
    }
}
