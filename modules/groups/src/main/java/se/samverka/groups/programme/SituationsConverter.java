package se.samverka.groups.programme;

import io.micronaut.core.convert.ConversionContext;
import io.micronaut.data.model.runtime.convert.AttributeConverter;
import jakarta.inject.Singleton;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A programme's target situations in one column, comma-separated, in the enum's order. */
@Singleton
class SituationsConverter implements AttributeConverter<Set<TargetSituation>, String> {

    @Override
    public String convertToPersistedValue(Set<TargetSituation> situations, ConversionContext context) {
        return situations == null ? "" : situations.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<TargetSituation> convertToEntityValue(String column, ConversionContext context) {
        Set<TargetSituation> situations = EnumSet.noneOf(TargetSituation.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(String::strip).forEach(s -> situations.add(TargetSituation.valueOf(s)));
        }
        return situations;
    }
}
