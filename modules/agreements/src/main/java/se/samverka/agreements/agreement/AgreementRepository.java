package se.samverka.agreements.agreement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;
import java.util.List;

/**
 * Generated queries, tenant-filtered by Micronaut Data, except the list search: its optional
 * filters cannot be generated, so it is written by hand and names {@code tenant_id} itself (the
 * module rules refuse a hand-written query that does not). The caller passes the current tenant.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface AgreementRepository extends CrudRepository<Agreement, Long> {

    List<Agreement> findByRegistryNumber(String registryNumber);

    // The text filter matches the partner organisations' names in the register (a tenant has a few
    // hundred, an agreement's parties thousands), then their agreements through the party index, as
    // an uncorrelated IN that the database evaluates once per query, not once per agreement (benchmark,
    // README). The tenant itself is party to every agreement, so its name would match them all anyway.
    String SEARCH_CONDITIONS = """
            FROM agreements_agreement agreement_
            WHERE agreement_.tenant_id = :tenantId
              AND (:status IS NULL OR agreement_.status = :status)
              AND (:hiddenStatus IS NULL OR agreement_.status <> :hiddenStatus)
              AND (:partnerId IS NULL OR agreement_.id IN (
                    SELECT p.agreement_id FROM agreements_party p
                    WHERE p.tenant_id = :tenantId AND p.partner_id = :partnerId))
              AND (:responsible IS NULL OR agreement_.id IN (
                    SELECT r.agreement_id FROM agreements_responsible r
                    WHERE r.tenant_id = :tenantId AND r.username = :responsible))
              AND (:activeFrom IS NULL OR agreement_.period_end >= :activeFrom)
              AND (:activeTo IS NULL OR agreement_.period_start <= :activeTo)
              AND (:text IS NULL
                    OR LOWER(agreement_.title) LIKE :text
                    OR LOWER(agreement_.registry_number) LIKE :text
                    OR agreement_.id IN (SELECT p.agreement_id FROM partner_organisation o
                                         JOIN agreements_party p ON p.tenant_id = o.tenant_id AND p.partner_id = o.id
                                         WHERE o.tenant_id = :tenantId AND LOWER(o.name) LIKE :text))""";

    /**
     * One page of the tenant's agreements; a filter given as null matches everything. Micronaut Data
     * appends the pageable's sort (property names, e.g. {@code periodEnd}) qualified with its own
     * alias for the entity, {@code agreement_}: hence the table's alias here.
     *
     * @param hiddenStatus never agreements in this status (drafts, for partner users)
     * @param partnerId    only agreements this partner organisation is party to (also how a partner user's sight is applied)
     * @param activeFrom   only agreements whose period ends on or after this date
     * @param activeTo     only agreements whose period starts on or before this date
     * @param text         a lower-case LIKE pattern matched against title, registry number and partner organisations' names
     */
    @Query(value = "SELECT agreement_.* " + SEARCH_CONDITIONS, countQuery = "SELECT COUNT(*) " + SEARCH_CONDITIONS)
    Page<Agreement> search(String tenantId, @Nullable String status, @Nullable String hiddenStatus, @Nullable Long partnerId, @Nullable String responsible,
                           @Nullable LocalDate activeFrom, @Nullable LocalDate activeTo,
                           @Nullable String text, Pageable pageable);

    /** The page of {@link #search} without its count. */
    @Query("SELECT agreement_.* " + SEARCH_CONDITIONS)
    List<Agreement> list(String tenantId, @Nullable String status, @Nullable String hiddenStatus, @Nullable Long partnerId, @Nullable String responsible,
                         @Nullable LocalDate activeFrom, @Nullable LocalDate activeTo, @Nullable String text, Pageable pageable);

    /** The lifecycle's order (utkast, förslag, beslutad, …), not the codes' alphabet; then the id. */
    String LIFECYCLE_ORDER = "CASE agreement_.status WHEN 'DRAFT' THEN 1 WHEN 'PROPOSED' THEN 2 WHEN 'DECIDED' THEN 3 "
            + "WHEN 'ACTIVE' THEN 4 WHEN 'ENDED' THEN 5 ELSE 6 END";

    /** {@link #list} sorted by status in the lifecycle's order (the pageable gives only the page). */
    @Query("SELECT agreement_.* " + SEARCH_CONDITIONS + " ORDER BY " + LIFECYCLE_ORDER + " ASC, agreement_.id ASC")
    List<Agreement> listByStatus(String tenantId, @Nullable String status, @Nullable String hiddenStatus, @Nullable Long partnerId,
                                 @Nullable String responsible, @Nullable LocalDate activeFrom, @Nullable LocalDate activeTo,
                                 @Nullable String text, Pageable pageable);

    /** {@link #listByStatus} from the end of the lifecycle. */
    @Query("SELECT agreement_.* " + SEARCH_CONDITIONS + " ORDER BY " + LIFECYCLE_ORDER + " DESC, agreement_.id DESC")
    List<Agreement> listByStatusDescending(String tenantId, @Nullable String status, @Nullable String hiddenStatus,
                                           @Nullable Long partnerId, @Nullable String responsible, @Nullable LocalDate activeFrom,
                                           @Nullable LocalDate activeTo, @Nullable String text, Pageable pageable);

    /** The count behind {@link #search}. */
    @Query("SELECT COUNT(*) " + SEARCH_CONDITIONS)
    long count(String tenantId, @Nullable String status, @Nullable String hiddenStatus, @Nullable Long partnerId, @Nullable String responsible,
               @Nullable LocalDate activeFrom, @Nullable LocalDate activeTo, @Nullable String text);
}
