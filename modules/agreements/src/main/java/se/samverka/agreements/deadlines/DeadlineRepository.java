package se.samverka.agreements.deadlines;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import se.samverka.agreements.agreement.Agreement;

import java.time.LocalDate;
import java.util.List;

/**
 * The deadlines of a tenant's agreements in one query each: a UNION of the four kinds, each part
 * limited by an index that leads with {@code tenant_id} (renewal date, due date, period end; the
 * meeting count per agreement from the meeting index). Hand-written, so it names {@code tenant_id}
 * itself, and the caller passes the current tenant.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface DeadlineRepository extends GenericRepository<Agreement, Long> {

    /** Only agreements the partner organisation with this directory alias is party to (null: all). */
    String PARTY = " " + """
             AND (:partnerAlias IS NULL OR EXISTS (
                   SELECT 1 FROM agreements_party p
                   JOIN partner_organisation o ON o.tenant_id = p.tenant_id AND o.id = p.partner_id
                   WHERE p.tenant_id = a.tenant_id AND p.agreement_id = a.id AND o.directory_alias = :partnerAlias))""";

    /**
     * For a case officer's own list (null: everybody's): the agreements they are responsible for and those
     * nobody is responsible for, filtered before the limit so that an officer's items are never cut off by others'.
     */
    String MINE = " " + """
             AND (:officer IS NULL
                  OR NOT EXISTS (SELECT 1 FROM agreements_responsible ro WHERE ro.tenant_id = a.tenant_id AND ro.agreement_id = a.id)
                  OR EXISTS (SELECT 1 FROM agreements_responsible ro WHERE ro.tenant_id = a.tenant_id AND ro.agreement_id = a.id
                             AND ro.username = :officer))""";

    String IN_FORCE = " a.status IN ('DECIDED', 'ACTIVE') ";

    String MEETINGS_IN_YEAR = """
            (SELECT COUNT(*) FROM agreements_meeting m
             WHERE m.tenant_id = a.tenant_id AND m.agreement_id = a.id
               AND (m.status = 'HELD' OR m.status = 'PLANNED' AND m.meeting_date >= :today)
               AND m.meeting_date BETWEEN :yearStart AND :yearEnd)""";

    /** A report is outstanding until it is submitted or accepted; a returned one is outstanding again. */
    String NO_REPORT = " " + """
             AND NOT EXISTS (SELECT 1 FROM agreements_report r
                             WHERE r.tenant_id = rp.tenant_id AND r.period_id = rp.id AND r.status IN ('SUBMITTED', 'ACCEPTED'))""";

    String RENEWAL = """
            SELECT 'RENEWAL_TALKS' AS kind, a.id AS agreement_id, a.registry_number, a.title, a.renewal_talks_start AS due_date,
                   NULL AS detail, NULL AS partner_alias
            FROM agreements_agreement a
            WHERE a.tenant_id = :tenantId AND""" + IN_FORCE + "AND a.renewal_talks_start BETWEEN :renewalFrom AND :renewalTo" + PARTY + MINE;

    String END = """
            SELECT 'AGREEMENT_END', a.id, a.registry_number, a.title, a.period_end, NULL, NULL
            FROM agreements_agreement a
            WHERE a.tenant_id = :tenantId AND""" + IN_FORCE + "AND a.period_end BETWEEN :endFrom AND :endTo" + PARTY + MINE;

    String SHORTFALL = "SELECT 'MEETING_SHORTFALL', a.id, a.registry_number, a.title, CAST(:shortfallDate AS DATE), "
            + "CONCAT(" + MEETINGS_IN_YEAR + ", '/', a.minimum_meetings_per_year), NULL"
            + " " + """
             FROM agreements_agreement a
             WHERE a.tenant_id = :tenantId AND :shortfallDate IS NOT NULL AND""" + IN_FORCE + " " + """
               AND (a.period_start IS NULL OR a.period_start <= :yearEnd) AND (a.period_end IS NULL OR a.period_end >= :yearStart)
               AND """ + MEETINGS_IN_YEAR + " < a.minimum_meetings_per_year" + PARTY + MINE;

    String REPORT = """
            SELECT 'REPORT_DUE', a.id, a.registry_number, a.title, rp.due_on, rp.label, NULL
            FROM agreements_reporting_period rp
            JOIN agreements_agreement a ON a.tenant_id = rp.tenant_id AND a.id = rp.agreement_id
            WHERE rp.tenant_id = :tenantId AND a.status IN ('DECIDED', 'ACTIVE', 'ENDED')
              AND rp.due_on BETWEEN :reportFrom AND :reportTo""" + NO_REPORT + PARTY + MINE;

    /** The report rows once per partner organisation party to the agreement: whose users to remind. */
    String REPORT_BY_PARTNER = """
            SELECT 'REPORT_DUE', a.id, a.registry_number, a.title, rp.due_on, rp.label, o.directory_alias
            FROM agreements_reporting_period rp
            JOIN agreements_agreement a ON a.tenant_id = rp.tenant_id AND a.id = rp.agreement_id
            LEFT JOIN agreements_party p ON p.tenant_id = a.tenant_id AND p.agreement_id = a.id AND p.partner_id IS NOT NULL
            LEFT JOIN partner_organisation o ON o.tenant_id = p.tenant_id AND o.id = p.partner_id
            WHERE rp.tenant_id = :tenantId AND a.status IN ('DECIDED', 'ACTIVE', 'ENDED')
              AND rp.due_on BETWEEN :reportFrom AND :reportTo""" + NO_REPORT + PARTY + MINE;

    /** The next deadlines of the tenant between the dates, at most {@code limit}, soonest first. */
    @Query("SELECT d.kind, d.agreement_id, d.registry_number, d.title, d.due_date, d.detail, d.partner_alias FROM ("
            + RENEWAL + " UNION ALL " + REPORT + " UNION ALL " + END + " UNION ALL " + SHORTFALL
            + ") d ORDER BY d.due_date, d.agreement_id, d.kind LIMIT :limit")
    List<DeadlineRow> upcoming(String tenantId, @Nullable String partnerAlias, @Nullable String officer,
                               LocalDate renewalFrom, LocalDate renewalTo, LocalDate reportFrom, LocalDate reportTo,
                               LocalDate endFrom, LocalDate endTo, @Nullable LocalDate shortfallDate,
                               LocalDate yearStart, LocalDate yearEnd, LocalDate today, int limit);

    /** Every deadline of the tenant in the windows given per kind, report rows once per partner organisation. */
    @Query("SELECT d.kind, d.agreement_id, d.registry_number, d.title, d.due_date, d.detail, d.partner_alias FROM ("
            + RENEWAL + " UNION ALL " + REPORT_BY_PARTNER + " UNION ALL " + END + " UNION ALL " + SHORTFALL
            + ") d ORDER BY d.agreement_id, d.kind, d.due_date")
    List<DeadlineRow> inWindows(String tenantId, @Nullable String partnerAlias, @Nullable String officer,
                                LocalDate renewalFrom, LocalDate renewalTo, LocalDate reportFrom, LocalDate reportTo,
                                LocalDate endFrom, LocalDate endTo, @Nullable LocalDate shortfallDate,
                                LocalDate yearStart, LocalDate yearEnd, LocalDate today);

    /** Reports in a status (submitted: to review; returned: to complete) with their period, oldest first. */
    @Query("SELECT a.id AS agreement_id, a.registry_number, a.title, rp.label, rp.due_on, r.submitted_at, r.reviewed_at,"
            + " r.review_comment FROM agreements_report r"
            + " JOIN agreements_reporting_period rp ON rp.tenant_id = r.tenant_id AND rp.id = r.period_id"
            + " JOIN agreements_agreement a ON a.tenant_id = r.tenant_id AND a.id = r.agreement_id"
            + " WHERE r.tenant_id = :tenantId AND r.status = :status" + PARTY + MINE
            + " ORDER BY r.submitted_at, r.id LIMIT :limit")
    List<ReportRow> reports(String tenantId, @Nullable String partnerAlias, @Nullable String officer, String status, int limit);
}
