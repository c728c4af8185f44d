package se.samverka.agreements.lifecycle;

import io.micronaut.core.annotation.Nullable;
import se.samverka.platform.api.refusal.Refusal;
import se.samverka.platform.api.data.Texts;

import java.time.LocalDate;

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
        Transition transition = Transition.between(facts.status(), target).orElseThrow(() -> new Refusal(
                "agreements.lifecycle.not-allowed", Refusal.label(facts.status().labelKey()), Refusal.label(target.labelKey())).at("status"));
        switch (transition) {
            case PROPOSE -> requireReadyForDecision(facts);
            case DECIDE -> {
                requireReadyForDecision(facts);
                if (decision == null) {
                    throw new Refusal("agreements.decision.incomplete").at("decision");
                }
                decision.validated(today);
            }
            case ACTIVATE -> {
                if (!facts.everyPartySigned()) {
                    throw new Refusal("agreements.lifecycle.needs-signatures");
                }
            }
            case END -> {
                if (facts.periodEnd() == null || !today.isAfter(facts.periodEnd())) {
                    throw new Refusal("agreements.lifecycle.period-not-over", String.valueOf(facts.periodEnd()));
                }
            }
            case TERMINATE -> {
                if (Texts.optional("agreements.field.reason", reason, Texts.LONG) == null) {
                    throw new Refusal("agreements.lifecycle.needs-reason").at("reason");
                }
            }
            case RETURN_TO_DRAFT -> {
                // nothing more: rework is always possible before the decision
            }
        }
        return transition;
    }

    /** What a proposal needs so that a body can decide on it: who, what, when. */
    static void requireReadyForDecision(AgreementFacts facts) {
        if (!facts.hasRegistryNumber()) {
            throw new Refusal("agreements.lifecycle.needs-registry-number");
        }
        if (facts.periodStart() == null || facts.periodEnd() == null) {
            throw new Refusal("agreements.lifecycle.needs-period");
        }
        if (facts.tenantParties() != 1) {
            throw new Refusal("agreements.lifecycle.needs-tenant-party");
        }
        if (facts.partnerParties() < 1) {
            throw new Refusal("agreements.lifecycle.needs-partner-party");
        }
    }
}
