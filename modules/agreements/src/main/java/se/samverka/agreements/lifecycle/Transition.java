package se.samverka.agreements.lifecycle;

import se.samverka.platform.api.security.Roles;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static se.samverka.agreements.lifecycle.AgreementStatus.ACTIVE;
import static se.samverka.agreements.lifecycle.AgreementStatus.DECIDED;
import static se.samverka.agreements.lifecycle.AgreementStatus.DRAFT;
import static se.samverka.agreements.lifecycle.AgreementStatus.ENDED;
import static se.samverka.agreements.lifecycle.AgreementStatus.PROPOSED;
import static se.samverka.agreements.lifecycle.AgreementStatus.TERMINATED;

/**
 * Every move an agreement may make, and who may make it. Anything not listed here (e.g. from
 * draft straight to active, or back from ended) is not a transition at all.
 */
public enum Transition {
    /** The draft is put forward for decision. */
    PROPOSE(Set.of(DRAFT), PROPOSED),
    /** The proposal goes back for rework. */
    RETURN_TO_DRAFT(Set.of(PROPOSED), DRAFT),
    /** The competent body has decided: needs the decision's body, date and registry number. */
    DECIDE(Set.of(PROPOSED), DECIDED),
    /** Signed by every party: the partnership runs. */
    ACTIVATE(Set.of(DECIDED), ACTIVE),
    /** The period is over. */
    END(Set.of(ACTIVE), ENDED),
    /** A party ends it early (hävning): needs the reason. */
    TERMINATE(Set.of(DECIDED, ACTIVE), TERMINATED);

    private final Set<AgreementStatus> from;
    private final AgreementStatus to;

    Transition(Set<AgreementStatus> from, AgreementStatus to) {
        this.from = from;
        this.to = to;
    }

    public AgreementStatus to() {
        return to;
    }

    /** Case officers and tenant administrators make every transition; readers and partners none. */
    public Set<String> roles() {
        return Roles.CHANGERS;
    }

    /** The transition from one status to another, if there is one. */
    public static Optional<Transition> between(AgreementStatus from, AgreementStatus to) {
        return Arrays.stream(values()).filter(t -> t.from.contains(from) && t.to == to).findFirst();
    }

    /** The statuses an agreement in {@code from} may move to, in lifecycle order. */
    public static List<AgreementStatus> nextStatuses(AgreementStatus from) {
        return Arrays.stream(values()).filter(t -> t.from.contains(from)).map(Transition::to).distinct().toList();
    }
}
