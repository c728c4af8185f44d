package se.samverka.groups.reference;

import io.micronaut.core.convert.ConversionContext;
import io.micronaut.data.model.runtime.convert.AttributeConverter;
import jakarta.inject.Singleton;

import java.util.Arrays;
import java.util.List;

/** A reference group's members in one column, one per line: {@code organisation|function}. */
@Singleton
class MembersConverter implements AttributeConverter<List<Member>, String> {

    @Override
    public String convertToPersistedValue(List<Member> members, ConversionContext context) {
        return members == null ? "" : String.join("\n", members.stream()
                .map(m -> clean(m.organisation()) + "|" + (m.function() == null ? "" : clean(m.function()))).toList());
    }

    @Override
    public List<Member> convertToEntityValue(String column, ConversionContext context) {
        return column == null || column.isBlank() ? List.of() : Arrays.stream(column.split("\n")).filter(l -> !l.isBlank())
                .map(line -> {
                    int bar = line.indexOf('|');
                    String function = bar < 0 ? "" : line.substring(bar + 1);
                    return new Member(bar < 0 ? line : line.substring(0, bar), function.isEmpty() ? null : function);
                }).toList();
    }

    private static String clean(String text) {
        return text.replace('\n', ' ').replace('|', '/');
    }
}
