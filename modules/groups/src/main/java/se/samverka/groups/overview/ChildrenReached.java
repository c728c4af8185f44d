package se.samverka.groups.overview;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.samverka.groups.programme.Programmes;
import se.samverka.groups.term.HalfYear;
import se.samverka.platform.api.partners.PartnerScope;
import se.samverka.platform.api.tenant.CurrentTenant;

import java.time.LocalDate;
import java.util.List;

/**
 * How many children and young people each programme had enrolled in the last half-year with submitted or
 * accepted figures: aggregated in SQL, within the current user's sight.
 */
@Singleton
public class ChildrenReached {

    /** A programme's enrolled in the half-year. */
    @Introspected
    public record Row(long programmeId, String name, int enrolled) {
    }

    /** The half-year and its rows (none: nothing reported yet). */
    public record Half(HalfYear period, List<Row> rows) {
    }

    private final Counts counts;
    private final Programmes programmes;
    private final CurrentTenant tenant;

    ChildrenReached(Counts counts, Programmes programmes, CurrentTenant tenant) {
        this.counts = counts;
        this.programmes = programmes;
        this.tenant = tenant;
    }

    /** The latest half-year before the current one, or the one before, whichever has figures first. */
    @Transactional(readOnly = true)
    public Half lastReported(LocalDate day) {
        PartnerScope scope = programmes.scope();
        HalfYear period = HalfYear.of(day).previous();
        if (scope.isNothing()) {
            return new Half(period, List.of());
        }
        for (HalfYear half : List.of(period, period.previous())) {
            List<Row> rows = counts.enrolled(tenant.require(), half.year(), half.half(), scope.narrowedTo().orElse(null));
            if (!rows.isEmpty()) {
                return new Half(half, rows);
            }
        }
        return new Half(period, List.of());
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Counts extends GenericRepository<Row, Long> {

        @Query("""
                SELECT p.id AS programme_id, p.name AS name, f.enrolled AS enrolled
                FROM groups_follow_up f JOIN groups_programme p ON p.tenant_id = f.tenant_id AND p.id = f.programme_id
                WHERE f.tenant_id = :tenantId AND f.period_year = :year AND f.period_half = :half
                  AND f.status IN ('SUBMITTED', 'ACCEPTED') AND f.enrolled IS NOT NULL
                  AND (:provider IS NULL OR p.provider_partner_id = :provider)
                ORDER BY p.name""")
        List<Row> enrolled(String tenantId, int year, int half, @Nullable Long provider);
    }
}
