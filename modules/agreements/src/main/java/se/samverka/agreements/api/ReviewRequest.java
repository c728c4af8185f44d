package se.samverka.agreements.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

/**
 * A case officer's review of a submitted report.
 *
 * @param comment what to correct; required to return the report
 */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
public record ReviewRequest(@NotNull Long version, @NotNull Outcome outcome, @Nullable String comment) {

    /** Accept the report, or return it to the partner for correction. */
    public enum Outcome {
        ACCEPT,
        RETURN
    }
}
