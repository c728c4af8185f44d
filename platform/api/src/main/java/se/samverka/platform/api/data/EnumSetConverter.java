package se.samverka.platform.api.data;

import io.micronaut.core.convert.ConversionContext;
import io.micronaut.data.model.runtime.convert.AttributeConverter;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A set of an enum's constants in one column, comma-separated in the enum's order (a programme's target
 * situations, a partnership's core areas). A module declares one bean per enum:
 * {@code @Singleton class CoreAreasConverter extends EnumSetConverter<CoreArea> { CoreAreasConverter() { super(CoreArea.class); } }}.
 */
public abstract class EnumSetConverter<E extends Enum<E>> implements AttributeConverter<Set<E>, String> {

    private final Class<E> type;

    protected EnumSetConverter(Class<E> type) {
        this.type = type;
    }

    @Override
    public String convertToPersistedValue(Set<E> values, ConversionContext context) {
        return values == null ? "" : values.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<E> convertToEntityValue(String column, ConversionContext context) {
        Set<E> values = EnumSet.noneOf(type);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .forEach(s -> values.add(Enum.valueOf(type, s)));
        }
        return values;
    }
}
