package se.samverka.partnerships.phase;

import jakarta.inject.Singleton;
import se.samverka.partnerships.partnership.ContactRole;
import se.samverka.partnerships.partnership.Side;
import se.samverka.platform.api.data.RowsConverter;

import java.util.Arrays;
import java.util.List;

/** A phase's team in one column: {@code side|function|name}, one per line. */
@Singleton
class TeamConverter extends RowsConverter<TeamMember> {

    @Override
    protected List<String> fields(TeamMember m) {
        return Arrays.asList(m.side().name(), m.function().name(), m.name());
    }

    @Override
    protected TeamMember row(List<String> f) {
        String name = f.size() > 2 && !f.get(2).isEmpty() ? f.get(2) : null;
        return new TeamMember(Side.valueOf(f.get(0)), ContactRole.valueOf(f.get(1)), name);
    }
}
