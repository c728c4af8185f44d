package se.samverka.agreements.lifecycle;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;

/**
 * What the lifecycle rules need to know about an agreement, and nothing more, so that the rules
 * stay plain code that tests can feed directly.
 *
 * @param tenantParties     how many parties are the tenant itself (must be one)
 * @param partnerParties    how many parties are partner organisations (at least one)
 * @param everyPartySigned  whether each party has at least one signatory with a signing date
 */
public record AgreementFacts(AgreementStatus status,
                             boolean hasRegistryNumber,
                             @Nullable LocalDate periodStart,
                             @Nullable LocalDate periodEnd,
                             int tenantParties,
                             int partnerParties,
                             boolean everyPartySigned) {
}
