package se.samverka.groups.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import se.samverka.platform.api.http.Change;
import se.samverka.groups.programme.ProgrammeDetails;

/** A programme's details with the version they change (null when creating). */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
public record ProgrammeChange(@Nullable Long version, ProgrammeDetails details) {

    public ProgrammeChange {
        Change.requireDetails(details);
    }
}
