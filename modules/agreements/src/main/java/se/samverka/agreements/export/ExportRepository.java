package se.samverka.agreements.export;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import se.samverka.agreements.agreement.Agreement;

import java.util.Collection;
import java.util.List;

/**
 * What a page of exported agreements needs besides the agreements and their party names
 * ({@code AgreementPartyNames}): their contribution sums, in one query for the whole page (never one per row).
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ExportRepository extends GenericRepository<Agreement, Long> {

    /** Summed in the database; hand-written, so it names the tenant itself. */
    @Query("""
            SELECT c.agreement_id AS agreement_id, SUM(c.amount_sek) AS total
            FROM agreements_contribution c
            WHERE c.tenant_id = :tenantId AND c.agreement_id IN (:agreementIds)
            GROUP BY c.agreement_id""")
    List<ContributionTotal> contributionTotals(String tenantId, Collection<Long> agreementIds);
}
