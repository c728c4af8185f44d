package se.samverka.agreements.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import se.samverka.agreements.lifecycle.AgreementStatus;
import se.samverka.agreements.lifecycle.Decision;

/**
 * A move to another status.
 *
 * @param decision needed to move to DECIDED (body, date, registry number)
 * @param reason   needed to terminate; kept with any transition
 */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
public record TransitionRequest(@NotNull Long version, @NotNull AgreementStatus status, @Nullable Decision decision,
                                @Nullable String reason) {
}
