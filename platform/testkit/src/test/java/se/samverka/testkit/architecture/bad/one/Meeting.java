package se.samverka.testkit.architecture.bad.one;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import se.samverka.testkit.architecture.bad.two.Minutes;

/** Breaks the conventions on purpose: no tenant, another module's table, and a cycle with {@code two}. */
@MappedEntity("meeting")
public record Meeting(@Id Long id, Minutes minutes) {
}
