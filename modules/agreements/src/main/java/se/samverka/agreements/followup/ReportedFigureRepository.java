package se.samverka.agreements.followup;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/**
 * Every figure of an agreement's submitted and accepted reports in one query, never one per period or
 * indicator: the report index (tenant, agreement) finds the reports, the figure index (tenant, report)
 * their figures. A returned report's figures are left out while the partner completes them.
 * Hand-written, so it names the tenant itself.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ReportedFigureRepository extends GenericRepository<ReportFigure, Long> {

    @Query("""
            SELECT f.indicator_id AS indicator_id, r.period_id AS period_id, f.number_value AS number_value,
                   f.text_value AS text_value
            FROM agreements_report r
            JOIN agreements_report_figure f ON f.tenant_id = r.tenant_id AND f.report_id = r.id
            WHERE r.tenant_id = :tenantId AND r.agreement_id = :agreementId AND r.status IN ('SUBMITTED', 'ACCEPTED')""")
    List<ReportedFigure> figuresOf(String tenantId, long agreementId);
}
