package se.samverka.partnerships.phase;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import se.samverka.partnerships.partnership.ContactRole;
import se.samverka.partnerships.partnership.Side;

/** One of a phase's team, by side and function (a name when the official is known; officials act in office). */
@Serdeable
public record TeamMember(Side side, ContactRole function, @Nullable String name) {
}
