package se.samverka.agreements.agreement;

import io.micronaut.core.annotation.Nullable;
import se.samverka.agreements.lifecycle.Decision;

/**
 * A change to a decided agreement: the new terms, why, and the decision behind it when there was
 * one (seed 003 is such a decision: it changes the period of an earlier agreement).
 */
public record Amendment(AgreementTerms terms, String reason, @Nullable Decision decision) {
}
