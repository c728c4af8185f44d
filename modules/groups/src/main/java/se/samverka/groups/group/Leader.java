package se.samverka.groups.group;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A group leader described by function, never by name ("Kurator, elevhälsan"), and whether they have the
 * behavioural-science training seed 003 requires.
 */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
public record Leader(String function, boolean trained) {
}
