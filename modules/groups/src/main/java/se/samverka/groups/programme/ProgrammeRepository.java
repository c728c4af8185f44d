package se.samverka.groups.programme;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ProgrammeRepository extends CrudRepository<Programme, Long> {

    /** A page of the tenant's programmes (sorted by the pageable, on the alias {@code programme_}) (one provider's with a provider), by a name pattern (null: all). */
    @Query(value = """
            SELECT programme_.* FROM groups_programme programme_
            WHERE programme_.tenant_id = :tenantId
              AND (:provider IS NULL OR programme_.provider_partner_id = :provider)
              AND (:pattern IS NULL OR LOWER(programme_.name) LIKE :pattern)""",
            countQuery = """
            SELECT COUNT(*) FROM groups_programme
            WHERE tenant_id = :tenantId
              AND (:provider IS NULL OR provider_partner_id = :provider)
              AND (:pattern IS NULL OR LOWER(name) LIKE :pattern)""")
    Page<Programme> search(String tenantId, @Nullable Long provider, @Nullable String pattern, Pageable pageable);

    /** How many programmes {@link #search} finds, without reading a page (a lazy grid asks for the count alone). */
    @Query("""
            SELECT COUNT(*) FROM groups_programme programme_
            WHERE programme_.tenant_id = :tenantId
              AND (:provider IS NULL OR programme_.provider_partner_id = :provider)
              AND (:pattern IS NULL OR LOWER(programme_.name) LIKE :pattern)""")
    long count(String tenantId, @Nullable Long provider, @Nullable String pattern);

    Optional<Programme> findByName(String name);

    /** The register's names of providers, for a page of programmes in one query (the register is read-only here). */
    @Query("SELECT p.id AS id, p.name AS name FROM partner_organisation p WHERE p.tenant_id = :tenantId AND p.id IN (:ids)")
    List<ProviderName> providerNames(String tenantId, Collection<Long> ids);

    List<Programme> findByAgreementRef(String agreementRef);

    List<Programme> findByProviderPartnerId(long providerPartnerId);
}
