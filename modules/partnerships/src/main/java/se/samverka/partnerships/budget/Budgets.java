package se.samverka.partnerships.budget;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.samverka.partnerships.budget.BudgetRepositories.ActualRepository;
import se.samverka.partnerships.budget.BudgetRepositories.BudgetLineRepository;
import se.samverka.partnerships.budget.BudgetRepositories.ClaimRepository;
import se.samverka.partnerships.phase.Phase;
import se.samverka.partnerships.phase.Phases;
import se.samverka.platform.api.audit.AuditLog;
import se.samverka.platform.api.audit.FieldValues;
import se.samverka.platform.api.data.Records;
import se.samverka.platform.api.data.Texts;
import se.samverka.platform.api.refusal.RecordNotFound;
import se.samverka.platform.api.refusal.Refusal;
import se.samverka.platform.api.validation.Amounts;
import se.samverka.platform.api.security.CurrentUser;
import se.samverka.platform.api.tenant.CurrentTenant;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A partnership's money: the approved budget per phase, year and category, what was spent (in kronor, with the
 * original currency when paid abroad), the claims for reimbursement. Who sees the partnership sees its money;
 * changers change it. Costs are entered only against a granted phase and within its period.
 */
@Singleton
public class Budgets {

    private final BudgetLineRepository lines;
    private final ActualRepository actuals;
    private final ClaimRepository claims;
    private final Phases phases;
    private final Ceilings ceilings;
    private final CurrentUser currentUser;
    private final CurrentTenant tenant;
    private final AuditLog audit;
    private final Clock clock;

    Budgets(BudgetLineRepository lines, ActualRepository actuals, ClaimRepository claims, Phases phases, Ceilings ceilings,
            CurrentUser currentUser, CurrentTenant tenant, AuditLog audit, Clock clock) {
        this.lines = lines;
        this.actuals = actuals;
        this.claims = claims;
        this.phases = phases;
        this.ceilings = ceilings;
        this.currentUser = currentUser;
        this.tenant = tenant;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Sets a line of the phase's approved budget (0 removes nothing but says "nothing budgeted"); the version
     * of a line that exists must be the one the caller read.
     */
    @Transactional
    public BudgetLine setLine(long phaseId, int year, CostCategory category, long amountSek, Long expectedVersion) {
        Phase phase = phases.require(phaseId);
        String actor = currentUser.requireChanger();
        if (category == null) {
            throw new Refusal("partnerships.budget.category-required").at("category");
        }
        if (amountSek < 0) {
            throw new Refusal("partnerships.amount.negative").at("amountSek");
        }
        Amounts.check(amountSek, "amountSek");
        if (year < phase.startsOn().getYear() || year > phase.endsOn().getYear()) {
            throw new Refusal("partnerships.budget.year-outside-phase", year, phase.startsOn().getYear(), phase.endsOn().getYear())
                    .at("budgetYear");
        }
        Instant now = clock.instant();
        Optional<BudgetLine> existing = lines.findByPhaseIdAndBudgetYearAndCategory(phaseId, year, category);
        if (existing.isEmpty()) {
            BudgetLine saved = lines.save(new BudgetLine(null, null, phaseId, year, category, amountSek, now, actor, now, actor, null));
            audit.record("create", BudgetLine.RECORD_TYPE, String.valueOf(saved.id()),
                    FieldValues.created(Map.of("phase", phaseId, "year", year, "category", category, "amountSek", amountSek)));
            return saved;
        }
        BudgetLine current = Records.atVersion(BudgetLine.RECORD_LABEL, existing.get().id(), existing, expectedVersion);
        BudgetLine updated = Records.write(BudgetLine.RECORD_LABEL, current.id(), () -> lines.update(new BudgetLine(current.id(),
                current.tenantId(), phaseId, year, category, amountSek, current.createdAt(), current.createdBy(), now, actor,
                current.version())), () -> lines.findById(current.id()));
        audit.record("update", BudgetLine.RECORD_TYPE, String.valueOf(current.id()),
                FieldValues.changes(Map.of("amountSek", current.amountSek()), Map.of("amountSek", amountSek)));
        return updated;
    }

    /** The line of the phase's budget for the year and category, if one is set (a form starts from it and its version). */
    @Transactional(readOnly = true)
    public Optional<BudgetLine> line(long phaseId, int year, CostCategory category) {
        phases.require(phaseId);
        return category == null ? Optional.empty() : lines.findByPhaseIdAndBudgetYearAndCategory(phaseId, year, category);
    }

    /** Records a cost against a granted phase, on a day within it. */
    @Transactional
    public Actual addActual(long phaseId, ActualDetails input) {
        Phase phase = phases.require(phaseId);
        String actor = currentUser.requireChanger();
        ActualDetails d = checked(phase, input);
        Instant now = clock.instant();
        Actual saved = actuals.save(new Actual(null, null, phaseId, d.category(), d.spentOn(), d.amountSek(), d.originalCurrency(),
                d.originalAmount(), d.description(), d.visitId(), now, actor, now, actor, null));
        audit.record("create", Actual.RECORD_TYPE, String.valueOf(saved.id()), FieldValues.created(d));
        return saved;
    }

    /** Removes a cost entered by mistake. */
    @Transactional
    public void removeActual(long actualId) {
        Actual actual = actuals.findById(actualId).filter(a -> phases.find(a.phaseId()).isPresent())
                .orElseThrow(() -> new RecordNotFound(Actual.RECORD_LABEL, actualId));
        currentUser.requireChanger();
        actuals.delete(actual);
        audit.record("delete", Actual.RECORD_TYPE, String.valueOf(actualId), FieldValues.created(actual.details()));
    }

    /** Records a claim for reimbursement of a phase; {@code received} later with {@link #received}. */
    @Transactional
    public Claim claim(long phaseId, LocalDate claimedOn, long claimedSek) {
        phases.require(phaseId);
        String actor = currentUser.requireChanger();
        if (claimedOn == null) {
            throw new Refusal(Texts.REQUIRED, Refusal.label("partnerships.field.claimed-on"))
                    .at("claimedOn");
        }
        if (claimedSek < 0) {
            throw new Refusal("partnerships.amount.negative").at("claimedSek");
        }
        Amounts.check(claimedSek, "claimedSek");
        Instant now = clock.instant();
        Claim saved = claims.save(new Claim(null, null, phaseId, claimedOn, claimedSek, null, null, now, actor, now, actor, null));
        audit.record("create", Claim.RECORD_TYPE, String.valueOf(saved.id()),
                FieldValues.created(Map.of("claimedOn", claimedOn, "claimedSek", claimedSek)));
        return saved;
    }

    @Transactional
    public Claim received(long claimId, Long expectedVersion, LocalDate receivedOn, long receivedSek) {
        Optional<Claim> found = claims.findById(claimId).filter(c -> phases.find(c.phaseId()).isPresent());
        Claim current = Records.atVersion(Claim.RECORD_LABEL, claimId, found, expectedVersion);
        String actor = currentUser.requireChanger();
        if (receivedOn == null) {
            throw new Refusal(Texts.REQUIRED, Refusal.label("partnerships.field.received-on"))
                    .at("receivedOn");
        }
        if (receivedSek < 0) {
            throw new Refusal("partnerships.amount.negative").at("receivedSek");
        }
        Amounts.check(receivedSek, "receivedSek");
        Claim updated = Records.write(Claim.RECORD_LABEL, claimId, () -> claims.update(new Claim(current.id(), current.tenantId(),
                current.phaseId(), current.claimedOn(), current.claimedSek(), receivedOn, receivedSek, current.createdAt(),
                current.createdBy(), clock.instant(), actor, current.version())), () -> claims.findById(claimId));
        audit.record("receive", Claim.RECORD_TYPE, String.valueOf(claimId),
                FieldValues.changes(Map.of(), Map.of("receivedOn", receivedOn, "receivedSek", receivedSek)));
        return updated;
    }

    /** The partnership's budget against what was spent, per phase, year and category, with ceilings and flags. */
    @Transactional(readOnly = true)
    public BudgetOverview overview(long partnershipId, String countryCode) {
        List<Phase> all = phases.of(partnershipId);
        List<Long> ids = all.stream().map(Phase::id).toList();
        if (ids.isEmpty()) {
            return BudgetOverview.of(all, List.of(), List.of(), List.of(), Map.of());
        }
        return BudgetOverview.of(all, lines.findByPhaseIdInOrderByBudgetYearAndCategory(ids), actuals.spent(tenant.require(), ids),
                claims.findByPhaseIdInOrderByClaimedOn(ids), ceilings.forCountry(countryCode));
    }

    /** The costs entered against the partnership's phases, by date. */
    @Transactional(readOnly = true)
    public List<Actual> actuals(long partnershipId) {
        List<Long> ids = phases.of(partnershipId).stream().map(Phase::id).toList();
        return ids.isEmpty() ? List.of() : actuals.findByPhaseIdInOrderBySpentOn(ids);
    }

    private static ActualDetails checked(Phase phase, ActualDetails input) {
        ActualDetails d = input.validated();
        if (!phase.status().isGranted()) {
            throw new Refusal("partnerships.actual.phase-not-granted", Refusal.label(phase.status().labelKey())).at("phaseId");
        }
        if (!phase.covers(d.spentOn())) {
            throw new Refusal("partnerships.actual.outside-phase", phase.startsOn(), phase.endsOn()).at("spentOn");
        }
        return d;
    }
}
