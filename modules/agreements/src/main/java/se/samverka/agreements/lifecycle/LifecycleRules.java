package se.samverka.agreements.lifecycle;

import io.micronaut.core.annotation.Nullable;
import se.samverka.platform.api.refusal.Refusal;
import se.samverka.platform.api.data.Texts;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What each transition needs before it may happen. Plain code: the service gathers the facts and
 * the user's input, these rules say yes (the transition) or no (a refusal that says why).
 */
public final class LifecycleRules {

    private LifecycleRules() {
    }

    /**
     * Checks a requested status change.
     *
     * @param decision needed to decide, ignored otherwise
     * @param reason   needed to terminate, recorded with any transition
     * @return the transition to make
     */
    public static Transition check(AgreementFacts facts, AgreementStatus target, @Nullable Decision decision,
                                   @Nullable String reason, LocalDate today) {
        Transition transition = Transition.between(facts.status(), target).orElseThrow(() -> notAllowed(facts, target));
        requireFacts(facts, transition, today);
        switch (transition) {
            case DECIDE -> {
                if (decision == null) {
                    throw new Refusal("agreements.decision.incomplete").at("decision");
                }
                decision.validated(today);
            }
            case TERMINATE -> {
                if (Texts.optional("agreements.field.reason", reason, Texts.LONG) == null) {
                    throw new Refusal("agreements.lifecycle.needs-reason").at("reason");
                }
            }
            default -> {
                // nothing the user gives: the facts decide
            }
        }
        return transition;
    }

    /**
     * What stands in the way of moving to {@code target} whatever the user gives with it (a decision, a
     * reason): the lifecycle, or what the agreement lacks (a registry number, signatures, the end of its
     * period). A view disables the move and says why; the service checks again with {@link #check}.
     */
    public static Optional<Refusal> obstacle(AgreementFacts facts, AgreementStatus target, LocalDate today) {
        try {
            Transition transition = Transition.between(facts.status(), target).orElseThrow(() -> notAllowed(facts, target));
            requireFacts(facts, transition, today);
            return Optional.empty();
        } catch (Refusal refusal) {
            return Optional.of(refusal);
        }
    }

    private static Refusal notAllowed(AgreementFacts facts, AgreementStatus target) {
        return new Refusal("agreements.lifecycle.not-allowed", Refusal.label(facts.status().labelKey()),
                Refusal.label(target.labelKey())).at("status");
    }

    private static void requireFacts(AgreementFacts facts, Transition transition, LocalDate today) {
        switch (transition) {
            case PROPOSE, DECIDE -> requireReadyForDecision(facts);
            case ACTIVATE -> {
                if (!facts.everyPartySigned()) {
                    throw new Refusal("agreements.lifecycle.needs-signatures").at("parties");
                }
            }
            case END -> {
                if (facts.periodEnd() == null || !today.isAfter(facts.periodEnd())) {
                    throw new Refusal("agreements.lifecycle.period-not-over", String.valueOf(facts.periodEnd())).at("period.end");
                }
            }
            case TERMINATE, RETURN_TO_DRAFT -> {
                // nothing the agreement must have: termination needs only its reason, rework is always possible
            }
        }
    }

    /** What a proposal needs so that a body can decide on it: who, what, when. */
    static void requireReadyForDecision(AgreementFacts facts) {
        if (!facts.hasRegistryNumber()) {
            throw new Refusal("agreements.lifecycle.needs-registry-number").at("registryNumber");
        }
        if (facts.periodStart() == null || facts.periodEnd() == null) {
            throw new Refusal("agreements.lifecycle.needs-period").at("period");
        }
        if (facts.tenantParties() != 1) {
            throw new Refusal("agreements.lifecycle.needs-tenant-party").at("parties");
        }
        if (facts.partnerParties() < 1) {
            throw new Refusal("agreements.lifecycle.needs-partner-party").at("parties");
        }
    }
}
