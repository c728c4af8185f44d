package se.samverka.partnerships.partnership;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;


@JdbcRepository(dialect = Dialect.MYSQL)
interface PartnershipRepository extends CrudRepository<Partnership, Long> {

    String FILTER = """
            WHERE partnership_.tenant_id = :tenantId
              AND (:status IS NULL OR partnership_.status = :status)
              AND (:ongoing = FALSE OR partnership_.status <> 'ENDED')
              AND (:country IS NULL OR partnership_.country_code = :country)
              AND (:coreArea IS NULL OR partnership_.core_areas LIKE :coreArea)
              AND (:pattern IS NULL OR LOWER(partnership_.title) LIKE :pattern)
              AND (:phaseKind IS NULL OR EXISTS (SELECT 1 FROM partnerships_phase phase_
                   WHERE phase_.tenant_id = partnership_.tenant_id AND phase_.partnership_id = partnership_.id
                     AND phase_.kind = :phaseKind))""";

    /** A page of the tenant's partnerships (sorted by the pageable, on the alias {@code partnership_}), filtered. */
    @Query(value = "SELECT partnership_.* FROM partnerships_partnership partnership_ " + FILTER,
            countQuery = "SELECT COUNT(*) FROM partnerships_partnership partnership_ " + FILTER)
    Page<Partnership> search(String tenantId, @Nullable String status, boolean ongoing, @Nullable String country,
                             @Nullable String coreArea, @Nullable String phaseKind, @Nullable String pattern, Pageable pageable);

    /** The tenant's partnerships not in the status (the tenant filter applies to derived queries). */
    List<Partnership> findByStatusNotEqual(PartnershipStatus status);

    /** How many {@link #search} finds, without reading a page (a lazy grid asks for the count alone). */
    @Query("SELECT COUNT(*) FROM partnerships_partnership partnership_ " + FILTER)
    long count(String tenantId, @Nullable String status, boolean ongoing, @Nullable String country, @Nullable String coreArea,
               @Nullable String phaseKind, @Nullable String pattern);
}
