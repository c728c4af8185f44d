package se.samverka.groups.group;

import jakarta.inject.Singleton;
import se.samverka.platform.api.data.RowsConverter;

import java.util.List;

/** A group's leaders in one column, one per line: {@code 1|Kurator} (1 = trained). */
@Singleton
class LeadersConverter extends RowsConverter<Leader> {

    @Override
    protected List<String> fields(Leader leader) {
        return java.util.Arrays.asList(leader.trained() ? "1" : "0", leader.function());
    }

    @Override
    protected Leader row(List<String> fields) {
        // lines written before the shared converter kept a "|" inside a function
        return new Leader(String.join("/", fields.subList(1, fields.size())), "1".equals(fields.get(0)));
    }
}
