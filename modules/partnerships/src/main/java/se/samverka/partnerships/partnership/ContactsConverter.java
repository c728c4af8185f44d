package se.samverka.partnerships.partnership;

import jakarta.inject.Singleton;
import se.samverka.platform.api.data.RowsConverter;

import java.util.Arrays;
import java.util.List;

/** A partnership's contacts in one column: {@code side|role|name|organisation}, one per line. */
@Singleton
class ContactsConverter extends RowsConverter<Contact> {

    @Override
    protected List<String> fields(Contact c) {
        return Arrays.asList(c.side().name(), c.role().name(), c.name(), c.organisation());
    }

    @Override
    protected Contact row(List<String> f) {
        String organisation = f.size() > 3 && !f.get(3).isEmpty() ? f.get(3) : null;
        return new Contact(Side.valueOf(f.get(0)), ContactRole.valueOf(f.get(1)), f.get(2), organisation);
    }
}
