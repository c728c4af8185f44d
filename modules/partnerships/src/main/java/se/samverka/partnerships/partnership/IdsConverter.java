package se.samverka.partnerships.partnership;

import io.micronaut.core.convert.ConversionContext;
import io.micronaut.data.model.runtime.convert.AttributeConverter;
import jakarta.inject.Singleton;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The ids of a partnership's foreign local governments (in the platform's register), comma-separated. */
@Singleton
class IdsConverter implements AttributeConverter<List<Long>, String> {

    @Override
    public String convertToPersistedValue(List<Long> ids, ConversionContext context) {
        return ids == null ? "" : ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    @Override
    public List<Long> convertToEntityValue(String column, ConversionContext context) {
        return column == null || column.isBlank() ? List.of()
                : Arrays.stream(column.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
    }
}
