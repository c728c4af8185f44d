package se.samverka.partnerships.partnership;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** An official acting in office for one side of a partnership, by role (adults in their work, not private persons). */
@Serdeable
public record Contact(Side side, ContactRole role, String name, @Nullable String organisation) {
}
