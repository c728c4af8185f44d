package se.samverka.agreements.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import se.samverka.agreements.agreement.AgreementTerms;
import se.samverka.agreements.lifecycle.Decision;

/** A decided or active agreement's new terms, why, and the decision behind them when there was one. */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
public record AmendmentRequest(@NotNull Long version, @NotNull AgreementTerms terms, @Nullable String reason,
                               @Nullable Decision decision) {
}
