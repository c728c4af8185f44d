package se.samverka.partnerships.budget;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import se.samverka.partnerships.country.Region;
import se.samverka.partnerships.phase.PhaseKind;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The budget's tables, each scoped to the tenant by Micronaut Data. */
final class BudgetRepositories {

    private BudgetRepositories() {
    }

    /** A sum of actuals for one phase, year and category. */
    @Introspected
    record Spent(long phaseId, int budgetYear, CostCategory category, long amountSek) {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface BudgetLineRepository extends CrudRepository<BudgetLine, Long> {

        List<BudgetLine> findByPhaseIdInOrderByBudgetYearAndCategory(Collection<Long> phaseIds);

        Optional<BudgetLine> findByPhaseIdAndBudgetYearAndCategory(long phaseId, int budgetYear, CostCategory category);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface ActualRepository extends CrudRepository<Actual, Long> {

        List<Actual> findByPhaseIdInOrderBySpentOn(Collection<Long> phaseIds);

        /** What was spent per phase, year and category, summed in the database. */
        @Query("""
                SELECT a.phase_id AS phase_id, YEAR(a.spent_on) AS budget_year, a.category AS category, SUM(a.amount_sek) AS amount_sek
                FROM partnerships_actual a
                WHERE a.tenant_id = :tenantId AND a.phase_id IN (:phaseIds)
                GROUP BY a.phase_id, YEAR(a.spent_on), a.category""")
        List<Spent> spent(String tenantId, Collection<Long> phaseIds);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface ClaimRepository extends CrudRepository<Claim, Long> {

        List<Claim> findByPhaseIdInOrderByClaimedOn(Collection<Long> phaseIds);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface CeilingRepository extends CrudRepository<Ceiling, Long> {

        Optional<Ceiling> findByPhaseKindAndRegion(PhaseKind phaseKind, Region region);
    }
}
