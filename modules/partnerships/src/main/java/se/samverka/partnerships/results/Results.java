package se.samverka.partnerships.results;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.samverka.partnerships.partnership.Partnerships;
import se.samverka.partnerships.phase.Phase;
import se.samverka.partnerships.phase.Phases;
import se.samverka.platform.api.audit.AuditLog;
import se.samverka.platform.api.audit.FieldValues;
import se.samverka.platform.api.data.Records;
import se.samverka.platform.api.data.Texts;
import se.samverka.platform.api.refusal.RecordNotFound;
import se.samverka.platform.api.refusal.Refusal;
import se.samverka.platform.api.security.CurrentUser;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A partnership's results framework (LFA): one goal, outcomes under it, outputs under those, activities under
 * outputs; indicators on any of them with a value per accounting year. A year's value must fall in a year one of
 * the partnership's phases runs.
 */
@Singleton
public class Results {

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface ResultRepository extends CrudRepository<Result, Long> {

        List<Result> findByPartnershipIdOrderByPosition(long partnershipId);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface IndicatorRepository extends CrudRepository<Indicator, Long> {

        List<Indicator> findByPartnershipId(long partnershipId);
    }

    private final ResultRepository results;
    private final IndicatorRepository indicators;
    private final Phases phases;
    private final Partnerships partnerships;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    Results(ResultRepository results, IndicatorRepository indicators, Phases phases, Partnerships partnerships,
            CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.partnerships = partnerships;
        this.results = results;
        this.indicators = indicators;
        this.phases = phases;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Adds a statement under its parent (none for the goal; a partnership has one goal). */
    @Transactional
    public Result add(long partnershipId, ResultLevel level, Long parentId, String text) {
        phases.of(partnershipId); // the partnership must be visible
        String actor = currentUser.requireChanger();
        if (level == null) {
            throw new Refusal(Texts.REQUIRED, Refusal.label("partnerships.field.result-level")).at("level");
        }
        List<Result> all = results.findByPartnershipIdOrderByPosition(partnershipId);
        Optional<ResultLevel> parentLevel = level.parent();
        if (parentLevel.isEmpty()) {
            if (parentId != null) {
                throw new Refusal("partnerships.result.goal-has-no-parent").at("parentId");
            }
            if (all.stream().anyMatch(r -> r.level() == ResultLevel.GOAL)) {
                throw new Refusal("partnerships.result.one-goal").at("level");
            }
        } else {
            Result parent = all.stream().filter(r -> r.id().equals(parentId)).findFirst()
                    .orElseThrow(() -> new Refusal("partnerships.result.parent-unknown").at("parentId"));
            if (parent.level() != parentLevel.get()) {
                throw new Refusal("partnerships.result.parent-level", Refusal.label(level.labelKey()),
                        Refusal.label(parentLevel.get().labelKey())).at("parentId");
            }
        }
        String statement = Texts.required("text", "partnerships.field.result-text", text, 1000);
        Instant now = clock.instant();
        Result saved = results.save(new Result(null, null, partnershipId, parentId, level, statement, all.size() + 1, now, actor, now,
                actor, null));
        audit.record("create", Result.RECORD_TYPE, String.valueOf(saved.id()),
                FieldValues.created(Map.of("level", level.name(), "text", statement)));
        return saved;
    }

    @Transactional
    public Indicator addIndicator(long partnershipId, IndicatorDetails input) {
        IndicatorDetails d = checked(partnershipId, input);
        String actor = currentUser.requireChanger();
        Instant now = clock.instant();
        Indicator saved = indicators.save(new Indicator(null, null, partnershipId, d.resultId(), d.name(), d.level(), d.baseline(),
                d.target(), d.verification(), d.actuals(), now, actor, now, actor, null));
        audit.record("create", Indicator.RECORD_TYPE, String.valueOf(saved.id()), FieldValues.created(d));
        return saved;
    }

    @Transactional
    public Indicator updateIndicator(long indicatorId, Long expectedVersion, IndicatorDetails input) {
        Optional<Indicator> found = indicators.findById(indicatorId).filter(i -> visible(i.partnershipId()));
        Indicator current = Records.atVersion(Indicator.RECORD_LABEL, indicatorId, found, expectedVersion);
        IndicatorDetails d = checked(current.partnershipId(), input);
        String actor = currentUser.requireChanger();
        Indicator updated = Records.write(Indicator.RECORD_LABEL, indicatorId, () -> indicators.update(new Indicator(current.id(),
                current.tenantId(), current.partnershipId(), d.resultId(), d.name(), d.level(), d.baseline(), d.target(),
                d.verification(), d.actuals(), current.createdAt(), current.createdBy(), clock.instant(), actor, current.version())),
                () -> indicators.findById(indicatorId));
        audit.record("update", Indicator.RECORD_TYPE, String.valueOf(indicatorId), FieldValues.changes(current.details(), d));
        return updated;
    }

    /** The framework in order: statements (by position) and their indicators. */
    @Transactional(readOnly = true)
    public Framework of(long partnershipId) {
        phases.of(partnershipId);
        return new Framework(results.findByPartnershipIdOrderByPosition(partnershipId), indicators.findByPartnershipId(partnershipId));
    }

    public Indicator requireIndicator(long indicatorId) {
        return indicators.findById(indicatorId).filter(i -> visible(i.partnershipId()))
                .orElseThrow(() -> new RecordNotFound(Indicator.RECORD_LABEL, indicatorId));
    }

    private boolean visible(long partnershipId) {
        return partnerships.find(partnershipId).isPresent();
    }

    private IndicatorDetails checked(long partnershipId, IndicatorDetails input) {
        List<Phase> all = phases.of(partnershipId);
        if (results.findById(input.resultId()).filter(r -> r.partnershipId() == partnershipId).isEmpty()) {
            throw new Refusal("partnerships.result.parent-unknown").at("resultId");
        }
        IndicatorDetails d = input.validated();
        for (YearValue v : d.actuals()) {
            if (all.stream().noneMatch(p -> p.startsOn().getYear() <= v.year() && v.year() <= p.endsOn().getYear())) {
                throw new Refusal("partnerships.indicator.year-outside-phases", v.year()).at("actuals");
            }
        }
        return d;
    }

    /** A results framework as shown: statements in order and every indicator. */
    @Serdeable
    public record Framework(List<Result> results, List<Indicator> indicators) {

        public List<Indicator> of(Result result) {
            return indicators.stream().filter(i -> i.resultId() == result.id()).toList();
        }
    }
}
