package se.samverka.groups.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import se.samverka.groups.followup.Figures;

/**
 * A half-year's figures and comment. {@code period} ({@code 2025-1}: the first half of 2025) when starting
 * one; {@code version} when changing one.
 */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
public record FollowUpChange(@Nullable String period, @Nullable Long version, @Nullable Figures figures,
                             @Nullable String comment) {

    /** A review: the version read and, when returning, what needs correcting. */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record Review(@Nullable Long version, @Nullable String comment) {
    }
}
