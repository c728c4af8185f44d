package se.samverka.partnerships.round;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.samverka.platform.api.audit.AuditLog;
import se.samverka.platform.api.audit.FieldValues;
import se.samverka.platform.api.data.Records;
import se.samverka.platform.api.refusal.RecordNotFound;
import se.samverka.platform.api.security.CurrentUser;
import se.samverka.platform.api.security.Sight;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The application rounds the tenant enters (ICLD's calls, the municipality's own internal deadline before
 * them): each is a deadline in the staff's calendars and reminders. The staff see them; changers keep them.
 */
@Singleton
public class Rounds {

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface RoundRepository extends CrudRepository<Round, Long> {

        List<Round> findByClosesOnGreaterThanEqualsOrderByClosesOn(LocalDate from);

        List<Round> findByClosesOnBetweenOrderByClosesOn(LocalDate from, LocalDate to);
    }

    private final RoundRepository rounds;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    Rounds(RoundRepository rounds, CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.rounds = rounds;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The rounds that close on the day or later, soonest first. */
    @Transactional(readOnly = true)
    public List<Round> closingFrom(LocalDate day) {
        return mayRead() ? rounds.findByClosesOnGreaterThanEqualsOrderByClosesOn(day) : List.of();
    }

    /** The rounds that close between the two days, both included. */
    @Transactional(readOnly = true)
    public List<Round> closingBetween(LocalDate from, LocalDate to) {
        return mayRead() ? rounds.findByClosesOnBetweenOrderByClosesOn(from, to) : List.of();
    }

    @Transactional(readOnly = true)
    public Optional<Round> find(long id) {
        return mayRead() ? rounds.findById(id) : Optional.empty();
    }

    public Round require(long id) {
        return find(id).orElseThrow(() -> new RecordNotFound(Round.RECORD_LABEL, id));
    }

    @Transactional
    public Round add(RoundDetails input) {
        String actor = currentUser.requireChanger();
        RoundDetails d = input.validated();
        Round saved = rounds.save(new Round(null, null, d.name(), d.closesOn(), clock.instant(), actor, null));
        audit.record("create", Round.RECORD_TYPE, String.valueOf(saved.id()), FieldValues.created(d));
        return saved;
    }

    @Transactional
    public Round update(long id, Long expectedVersion, RoundDetails input) {
        Round current = Records.atVersion(Round.RECORD_LABEL, id, find(id), expectedVersion);
        String actor = currentUser.requireChanger();
        RoundDetails d = input.validated();
        Round updated = Records.write(Round.RECORD_LABEL, id, () -> rounds.update(new Round(current.id(), current.tenantId(),
                d.name(), d.closesOn(), clock.instant(), actor, current.version())), () -> rounds.findById(id));
        audit.record("update", Round.RECORD_TYPE, String.valueOf(id), FieldValues.changes(current.details(), d));
        return updated;
    }

    @Transactional
    public void remove(long id) {
        Round current = require(id);
        currentUser.requireChanger();
        rounds.delete(current);
        audit.record("delete", Round.RECORD_TYPE, String.valueOf(id), FieldValues.created(current.details()));
    }

    private boolean mayRead() {
        return currentUser.sight() instanceof Sight.WholeTenant;
    }
}
