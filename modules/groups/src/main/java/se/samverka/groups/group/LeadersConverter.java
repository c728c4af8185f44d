package se.samverka.groups.group;

import io.micronaut.core.convert.ConversionContext;
import io.micronaut.data.model.runtime.convert.AttributeConverter;
import jakarta.inject.Singleton;

import java.util.Arrays;
import java.util.List;

/** A group's leaders in one column, one per line: {@code 1|Kurator} (1 = trained). */
@Singleton
class LeadersConverter implements AttributeConverter<List<Leader>, String> {

    @Override
    public String convertToPersistedValue(List<Leader> leaders, ConversionContext context) {
        return leaders == null ? "" : String.join("\n",
                leaders.stream().map(l -> (l.trained() ? "1|" : "0|") + l.function().replace('\n', ' ')).toList());
    }

    @Override
    public List<Leader> convertToEntityValue(String column, ConversionContext context) {
        return column == null || column.isBlank() ? List.of() : Arrays.stream(column.split("\n"))
                .filter(line -> line.length() > 2)
                .map(line -> new Leader(line.substring(2), line.charAt(0) == '1')).toList();
    }
}
