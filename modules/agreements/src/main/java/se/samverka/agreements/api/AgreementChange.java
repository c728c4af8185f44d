package se.samverka.agreements.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import se.samverka.agreements.agreement.AgreementTerms;

/**
 * A draft's or proposal's new terms.
 *
 * @param version the {@code version} of the agreement as read; a newer one refuses the change (409)
 */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
public record AgreementChange(@NotNull Long version, @NotNull AgreementTerms terms) {
}
