package se.samverka.agreements.partner;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.PageableRepository;

import java.util.Optional;

/** Generated queries only: Micronaut Data adds the current tenant to each of them. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface PartnerOrganisationRepository extends PageableRepository<PartnerOrganisation, Long> {

    /** {@code pattern} is a lower-case LIKE pattern, see {@link se.samverka.agreements.shared.SearchText}. */
    Page<PartnerOrganisation> findByNameIlike(String pattern, Pageable pageable);

    long countByNameIlike(String pattern);

    Optional<PartnerOrganisation> findByDirectoryAlias(String directoryAlias);

    long countByDirectoryAlias(String directoryAlias);

    Page<PartnerOrganisation> findByDirectoryAlias(String directoryAlias, Pageable pageable);

    Optional<PartnerOrganisation> findByOrganisationNumber(String organisationNumber);
}
