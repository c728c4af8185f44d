package se.samverka.agreements.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import se.samverka.agreements.agreement.Agreement;

import java.util.List;

/**
 * The header's search in the agreements module: one query per kind, paged in the database (LIMIT/OFFSET), each
 * narrowed to the agreements the caller may see: the tenant's (partnerId null) or those the partner
 * organisation is party to, through the party index. Every word must be in one of the record's texts, any part
 * of a word ({@code LIKE '%word%'} on the lower-cased texts): no full-text index, since H2 (the embedded default)
 * runs the same migrations and has none MySQL's MATCH … AGAINST understands; a tenant's few thousand agreements
 * are scanned within the tenant's rows. Hand-written, so each names {@code tenant_id}; the caller passes the
 * current tenant.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface SearchRepository extends GenericRepository<Agreement, Long> {

    String VISIBLE = " " + """
            AND (:partnerId IS NULL OR a.id IN (SELECT p.agreement_id FROM agreements_party p
                                                WHERE p.tenant_id = :tenantId AND p.partner_id = :partnerId))""";

    /** The agreement's texts, which the context line is cut from. */
    String AGREEMENT_TEXTS = "CONCAT_WS(' ', a.purpose, a.target_group, a.activities, a.background, a.overall_goals,"
            + " a.value_base, a.strategies, a.organisation, a.follow_up_clause, a.steering_composition,"
            + " a.renegotiation_clause, a.termination_clause, a.dispute_clause, a.decision_body)";

    String AGREEMENT_SEARCHED = "CONCAT_WS(' ', a.title, a.registry_number, a.decision_registry_number, " + AGREEMENT_TEXTS + ")";

    String REPORT_SEARCHED = "CONCAT_WS(' ', rp.label, r.text)";

    String MEETING_SEARCHED = "CONCAT_WS(' ', m.minutes, m.decisions)";

    // every word in the texts (a constant per kind: annotation values must be)
    String AGREEMENT_WORDS = " AND LOWER(" + AGREEMENT_SEARCHED + ") LIKE :word1 AND LOWER(" + AGREEMENT_SEARCHED
            + ") LIKE :word2 AND LOWER(" + AGREEMENT_SEARCHED + ") LIKE :word3";

    String REPORT_WORDS = " AND LOWER(" + REPORT_SEARCHED + ") LIKE :word1 AND LOWER(" + REPORT_SEARCHED
            + ") LIKE :word2 AND LOWER(" + REPORT_SEARCHED + ") LIKE :word3";

    String MEETING_WORDS = " AND LOWER(" + MEETING_SEARCHED + ") LIKE :word1 AND LOWER(" + MEETING_SEARCHED
            + ") LIKE :word2 AND LOWER(" + MEETING_SEARCHED + ") LIKE :word3";

    String DOCUMENT_WORDS = " AND LOWER(d.filename) LIKE :word1 AND LOWER(d.filename) LIKE :word2 AND LOWER(d.filename) LIKE :word3";

    @Query("SELECT a.id AS agreement_id, a.registry_number, a.title, a.id AS record_id, NULL AS label,"
            + " a.period_start AS dated, " + AGREEMENT_TEXTS + " AS body"
            + " FROM agreements_agreement a WHERE a.tenant_id = :tenantId" + VISIBLE + AGREEMENT_WORDS
            + " ORDER BY a.title, a.id LIMIT :limit OFFSET :offset")
    List<SearchRow> agreements(String tenantId, @Nullable Long partnerId, String word1, String word2, String word3,
                               int offset, int limit);

    @Query("SELECT a.id AS agreement_id, a.registry_number, a.title, r.id AS record_id, rp.label,"
            + " CAST(r.submitted_at AS DATE) AS dated, r.text AS body"
            + " FROM agreements_report r"
            + " JOIN agreements_reporting_period rp ON rp.tenant_id = r.tenant_id AND rp.id = r.period_id"
            + " JOIN agreements_agreement a ON a.tenant_id = r.tenant_id AND a.id = r.agreement_id"
            + " WHERE r.tenant_id = :tenantId" + VISIBLE + REPORT_WORDS
            + " ORDER BY r.submitted_at DESC, r.id DESC LIMIT :limit OFFSET :offset")
    List<SearchRow> reports(String tenantId, @Nullable Long partnerId, String word1, String word2, String word3,
                            int offset, int limit);

    @Query("SELECT a.id AS agreement_id, a.registry_number, a.title, m.id AS record_id, NULL AS label,"
            + " m.meeting_date AS dated, " + MEETING_SEARCHED + " AS body"
            + " FROM agreements_meeting m"
            + " JOIN agreements_agreement a ON a.tenant_id = m.tenant_id AND a.id = m.agreement_id"
            + " WHERE m.tenant_id = :tenantId" + VISIBLE + MEETING_WORDS
            + " ORDER BY m.meeting_date DESC, m.id DESC LIMIT :limit OFFSET :offset")
    List<SearchRow> meetings(String tenantId, @Nullable Long partnerId, String word1, String word2, String word3,
                             int offset, int limit);

    /**
     * The platform's documents of agreements, by file name: the store keeps the kind in the owner type
     * ({@code agreement-decision}, …) and the agreement's id as text.
     */
    @Query("SELECT a.id AS agreement_id, a.registry_number, a.title, d.id AS record_id, d.filename AS label,"
            + " CAST(d.created_at AS DATE) AS dated, NULL AS body"
            + " FROM document d"
            + " JOIN agreements_agreement a ON a.tenant_id = d.tenant_id AND CONCAT(a.id, '') = d.owner_id"
            + " WHERE d.tenant_id = :tenantId AND d.owner_type IN (:ownerTypes)" + VISIBLE + DOCUMENT_WORDS
            + " ORDER BY d.created_at DESC, d.id DESC LIMIT :limit OFFSET :offset")
    List<SearchRow> documents(String tenantId, @Nullable Long partnerId, List<String> ownerTypes,
                              String word1, String word2, String word3, int offset, int limit);
}
