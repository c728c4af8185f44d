package se.samverka.groups.followup;

import io.micronaut.core.convert.ConversionContext;
import io.micronaut.data.model.runtime.convert.AttributeConverter;
import jakarta.inject.Singleton;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** A follow-up's breakdowns in one column, one count per line: {@code genders.GIRL=7}. */
@Singleton
class CountsConverter implements AttributeConverter<Map<String, Integer>, String> {

    @Override
    public String convertToPersistedValue(Map<String, Integer> counts, ConversionContext context) {
        if (counts == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        counts.forEach((key, count) -> text.append(key).append('=').append(count).append('\n'));
        return text.toString();
    }

    @Override
    public Map<String, Integer> convertToEntityValue(String column, ConversionContext context) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        if (column != null) {
            Arrays.stream(column.split("\n")).filter(line -> line.indexOf('=') > 0).forEach(line -> {
                int at = line.indexOf('=');
                counts.put(line.substring(0, at), Integer.parseInt(line.substring(at + 1).strip()));
            });
        }
        return counts;
    }
}
