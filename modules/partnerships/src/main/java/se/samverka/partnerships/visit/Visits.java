package se.samverka.partnerships.visit;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.samverka.partnerships.phase.Phase;
import se.samverka.partnerships.phase.Phases;
import se.samverka.platform.api.audit.AuditLog;
import se.samverka.platform.api.audit.FieldValues;
import se.samverka.platform.api.data.Records;
import se.samverka.platform.api.refusal.RecordNotFound;
import se.samverka.platform.api.refusal.Refusal;
import se.samverka.platform.api.security.CurrentUser;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A partnership's exchange visits; each belongs to one of its phases and falls within it. */
@Singleton
public class Visits {

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface VisitRepository extends CrudRepository<Visit, Long> {

        List<Visit> findByPartnershipIdOrderByStartsOn(long partnershipId);
    }

    private final VisitRepository visits;
    private final Phases phases;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    Visits(VisitRepository visits, Phases phases, CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.visits = visits;
        this.phases = phases;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Visit add(long partnershipId, VisitDetails input) {
        VisitDetails d = checked(partnershipId, input);
        String actor = currentUser.requireChanger();
        Instant now = clock.instant();
        Visit saved = visits.save(new Visit(null, null, partnershipId, d.phaseId(), d.direction(), d.startsOn(), d.endsOn(), d.place(),
                d.participants(), d.purpose(), d.report(), d.lessons(), now, actor, now, actor, null));
        audit.record("create", Visit.RECORD_TYPE, String.valueOf(saved.id()), FieldValues.created(d));
        return saved;
    }

    @Transactional
    public Visit update(long visitId, Long expectedVersion, VisitDetails input) {
        Visit current = Records.atVersion(Visit.RECORD_LABEL, visitId, find(visitId), expectedVersion);
        VisitDetails d = checked(current.partnershipId(), input);
        String actor = currentUser.requireChanger();
        Visit updated = Records.write(Visit.RECORD_LABEL, visitId, () -> visits.update(new Visit(current.id(), current.tenantId(),
                current.partnershipId(), d.phaseId(), d.direction(), d.startsOn(), d.endsOn(), d.place(), d.participants(), d.purpose(),
                d.report(), d.lessons(), current.createdAt(), current.createdBy(), clock.instant(), actor, current.version())),
                () -> visits.findById(visitId));
        audit.record("update", Visit.RECORD_TYPE, String.valueOf(visitId), FieldValues.changes(current.details(), d));
        return updated;
    }

    @Transactional(readOnly = true)
    public List<Visit> of(long partnershipId) {
        phases.of(partnershipId); // the partnership must be visible
        return visits.findByPartnershipIdOrderByStartsOn(partnershipId);
    }

    @Transactional(readOnly = true)
    public Optional<Visit> find(long visitId) {
        return visits.findById(visitId).filter(v -> phases.find(v.phaseId()).isPresent());
    }

    public Visit require(long visitId) {
        return find(visitId).orElseThrow(() -> new RecordNotFound(Visit.RECORD_LABEL, visitId));
    }

    private VisitDetails checked(long partnershipId, VisitDetails input) {
        Phase phase = phases.find(input.phaseId()).filter(p -> p.partnershipId() == partnershipId)
                .orElseThrow(() -> new Refusal("partnerships.visit.phase-unknown").at("phaseId"));
        VisitDetails d = input.validated();
        if (!phase.covers(d.startsOn())) {
            throw new Refusal("partnerships.visit.outside-phase", phase.startsOn(), phase.endsOn()).at("startsOn");
        }
        if (!phase.covers(d.endsOn())) {
            throw new Refusal("partnerships.visit.outside-phase", phase.startsOn(), phase.endsOn()).at("endsOn");
        }
        return d;
    }
}
