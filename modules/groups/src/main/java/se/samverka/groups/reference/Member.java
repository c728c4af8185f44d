package se.samverka.groups.reference;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A member of a reference group: an organisation and the function it sends, never a private person. */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
public record Member(String organisation, @Nullable String function) {
}
