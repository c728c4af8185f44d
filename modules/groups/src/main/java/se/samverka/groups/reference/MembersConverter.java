package se.samverka.groups.reference;

import jakarta.inject.Singleton;
import se.samverka.platform.api.data.RowsConverter;

import java.util.Arrays;
import java.util.List;

/** A reference group's members in one column, one per line: {@code organisation|function}. */
@Singleton
class MembersConverter extends RowsConverter<Member> {

    @Override
    protected List<String> fields(Member member) {
        return Arrays.asList(member.organisation(), member.function());
    }

    @Override
    protected Member row(List<String> fields) {
        String function = fields.size() > 1 ? fields.get(1) : "";
        return new Member(fields.get(0), function.isEmpty() ? null : function);
    }
}
