package se.samverka.partnerships.overview;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.samverka.partnerships.partnership.Partnership;
import se.samverka.platform.api.security.CurrentUser;
import se.samverka.platform.api.security.Sight;
import se.samverka.platform.api.tenant.CurrentTenant;

import java.time.LocalDate;
import java.util.List;

/**
 * The dashboard's figures of the tenant's partnerships, each one aggregate query: the active ones (not ended)
 * by country and by the kind of granted phase running on a day, and the year's budget against what was spent.
 */
@Singleton
public class PartnershipFigures {

    /** A code (a country, a phase kind) and how many active partnerships have it. */
    @Introspected
    public record Count(String code, long partnerships) {
    }

    /** The year's approved budget lines and the costs spent in it, in kronor. */
    @Introspected
    public record YearMoney(long budgetSek, long spentSek) {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface FiguresRepository extends GenericRepository<Partnership, Long> {

        @Query("""
                SELECT p.country_code AS code, COUNT(*) AS partnerships FROM partnerships_partnership p
                WHERE p.tenant_id = :tenantId AND p.status <> 'ENDED'
                GROUP BY p.country_code ORDER BY partnerships DESC, code""")
        List<Count> byCountry(String tenantId);

        @Query("""
                SELECT ph.kind AS code, COUNT(DISTINCT ph.partnership_id) AS partnerships FROM partnerships_phase ph
                JOIN partnerships_partnership p ON p.tenant_id = ph.tenant_id AND p.id = ph.partnership_id
                WHERE ph.tenant_id = :tenantId AND p.status <> 'ENDED' AND ph.starts_on <= :day AND ph.ends_on >= :day
                  AND ph.status IN ('GRANTED', 'RUNNING', 'REPORTED', 'CLOSED')
                GROUP BY ph.kind ORDER BY ph.kind""")
        List<Count> byRunningPhase(String tenantId, LocalDate day);

        @Query("""
                SELECT (SELECT COALESCE(SUM(b.amount_sek), 0) FROM partnerships_budget_line b
                        WHERE b.tenant_id = :tenantId AND b.budget_year = :year) AS budget_sek,
                       (SELECT COALESCE(SUM(a.amount_sek), 0) FROM partnerships_actual a
                        WHERE a.tenant_id = :tenantId AND a.spent_on BETWEEN :firstDay AND :lastDay) AS spent_sek""")
        YearMoney money(String tenantId, int year, LocalDate firstDay, LocalDate lastDay);
    }

    private final FiguresRepository figures;
    private final CurrentTenant tenant;
    private final CurrentUser currentUser;

    PartnershipFigures(FiguresRepository figures, CurrentTenant tenant, CurrentUser currentUser) {
        this.figures = figures;
        this.tenant = tenant;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public List<Count> byCountry() {
        return mayRead() ? figures.byCountry(tenant.require()) : List.of();
    }

    @Transactional(readOnly = true)
    public List<Count> byRunningPhase(LocalDate day) {
        return mayRead() ? figures.byRunningPhase(tenant.require(), day) : List.of();
    }

    @Transactional(readOnly = true)
    public YearMoney money(int year) {
        return mayRead() ? figures.money(tenant.require(), year, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                : new YearMoney(0, 0);
    }

    private boolean mayRead() {
        return currentUser.sight() instanceof Sight.WholeTenant;
    }
}
