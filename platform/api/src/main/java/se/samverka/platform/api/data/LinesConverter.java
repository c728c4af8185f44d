package se.samverka.platform.api.data;

import io.micronaut.core.convert.ConversionContext;
import io.micronaut.data.model.runtime.convert.AttributeConverter;
import jakarta.inject.Singleton;

import java.util.Arrays;
import java.util.List;

/**
 * A short list of one-line texts kept in one TEXT column, one per line (the functions present at a meeting,
 * the organisations at a reference group): {@code @MappedProperty(converter = LinesConverter.class)}.
 */
@Singleton
public class LinesConverter implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToPersistedValue(List<String> lines, ConversionContext context) {
        return lines == null ? "" : String.join("\n", lines);
    }

    @Override
    public List<String> convertToEntityValue(String column, ConversionContext context) {
        return column == null || column.isBlank() ? List.of()
                : Arrays.stream(column.split("\n")).filter(line -> !line.isBlank()).toList();
    }
}
