package se.samverka.partnerships.visit;

import jakarta.inject.Singleton;
import se.samverka.partnerships.partnership.ContactRole;
import se.samverka.partnerships.partnership.Side;
import se.samverka.platform.api.data.RowsConverter;

import java.util.List;

/** A visit's participants in one column: {@code side|function|count}, one per line. */
@Singleton
class ParticipantsConverter extends RowsConverter<Participant> {

    @Override
    protected List<String> fields(Participant p) {
        return List.of(p.side().name(), p.function().name(), String.valueOf(p.count()));
    }

    @Override
    protected Participant row(List<String> f) {
        return new Participant(Side.valueOf(f.get(0)), ContactRole.valueOf(f.get(1)), Integer.parseInt(f.get(2)));
    }
}
