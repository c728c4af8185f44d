package se.samverka.partnerships.visit;

import io.micronaut.serde.annotation.Serdeable;
import se.samverka.partnerships.partnership.ContactRole;
import se.samverka.partnerships.partnership.Side;

/** Who travelled, as ICLD asks for it: how many of a function from a side (no names). */
@Serdeable
public record Participant(Side side, ContactRole function, int count) {
}
