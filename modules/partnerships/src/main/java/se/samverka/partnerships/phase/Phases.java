package se.samverka.partnerships.phase;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.samverka.partnerships.partnership.Partnership;
import se.samverka.partnerships.partnership.Partnerships;
import se.samverka.partnerships.partnership.Warning;
import se.samverka.platform.api.audit.AuditLog;
import se.samverka.platform.api.audit.FieldValues;
import se.samverka.platform.api.data.Records;
import se.samverka.platform.api.refusal.RecordNotFound;
import se.samverka.platform.api.refusal.Refusal;
import se.samverka.platform.api.security.CurrentUser;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A partnership's phases. Who sees the partnership sees its phases; changers change them. A phase lies within
 * its partnership's period and does not overlap another of the same kind; its team is checked against ICLD's
 * recommendations with warnings ({@link TeamRules}), never refusals.
 */
@Singleton
public class Phases {

    private final PhaseRepository phases;
    private final Partnerships partnerships;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    Phases(PhaseRepository phases, Partnerships partnerships, CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.phases = phases;
        this.partnerships = partnerships;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Phase add(long partnershipId, PhaseDetails input) {
        Partnership partnership = partnerships.require(partnershipId);
        String actor = currentUser.requireChanger();
        PhaseDetails details = checked(partnership, input, null);
        Phase saved = phases.save(Phase.create(partnershipId, details, clock.instant(), actor));
        audit.record("create", Phase.RECORD_TYPE, String.valueOf(saved.id()), FieldValues.created(details));
        return saved;
    }

    @Transactional
    public Phase update(long phaseId, Long expectedVersion, PhaseDetails input) {
        Phase current = Records.atVersion(Phase.RECORD_LABEL, phaseId, find(phaseId), expectedVersion);
        String actor = currentUser.requireChanger();
        PhaseDetails details = checked(partnerships.require(current.partnershipId()), input, current);
        Phase updated = Records.write(Phase.RECORD_LABEL, phaseId,
                () -> phases.update(current.with(details, clock.instant(), actor)), () -> phases.findById(phaseId));
        audit.record("update", Phase.RECORD_TYPE, String.valueOf(phaseId), FieldValues.changes(current.details(), details));
        return updated;
    }

    /** The partnership's phases in time order (the partnership must be visible). */
    @Transactional(readOnly = true)
    public List<Phase> of(long partnershipId) {
        partnerships.require(partnershipId);
        return phases.findByPartnershipIdOrderByStartsOn(partnershipId);
    }

    /** The phases of partnerships the caller has read (and so may see), in time order; one query. */
    @Transactional(readOnly = true)
    public List<Phase> ofPartnerships(Collection<Partnership> visible) {
        return visible.isEmpty() ? List.of() : phases.findByPartnershipIdInOrderByStartsOn(visible.stream().map(Partnership::id).toList());
    }

    /** The phase, if its partnership is visible to the current user. */
    @Transactional(readOnly = true)
    public Optional<Phase> find(long phaseId) {
        return phases.findById(phaseId).filter(p -> partnerships.find(p.partnershipId()).isPresent());
    }

    public Phase require(long phaseId) {
        return find(phaseId).orElseThrow(() -> new RecordNotFound(Phase.RECORD_LABEL, phaseId));
    }

    /** ICLD's team recommendations the phase does not meet. */
    public List<Warning> warnings(Phase phase) {
        return TeamRules.warnings(phase.kind(), phase.team());
    }

    private PhaseDetails checked(Partnership partnership, PhaseDetails input, Phase current) {
        PhaseDetails d = input.validated();
        if (d.startsOn().isBefore(partnership.startsOn())) {
            throw new Refusal("partnerships.phase.before-partnership", partnership.startsOn()).at("startsOn");
        }
        if (partnership.endsOn() != null && d.endsOn().isAfter(partnership.endsOn())) {
            throw new Refusal("partnerships.phase.after-partnership", partnership.endsOn()).at("endsOn");
        }
        for (Phase other : phases.findByPartnershipIdOrderByStartsOn(partnership.id())) {
            boolean same = current != null && other.id().equals(current.id());
            if (!same && other.kind() == d.kind() && !other.endsOn().isBefore(d.startsOn()) && !d.endsOn().isBefore(other.startsOn())) {
                throw new Refusal("partnerships.phase.overlaps", Refusal.label(d.kind().labelKey()), other.startsOn(),
                        other.endsOn()).at("startsOn");
            }
        }
        return d;
    }
}
