package se.samverka.platform.core.partners;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.PageableRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Generated queries only: Micronaut Data adds the current tenant to each of them. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface PartnerRowRepository extends PageableRepository<PartnerRow, Long> {

    /** {@code pattern} is a lower-case LIKE pattern ({@link se.samverka.platform.api.data.SearchText}). */
    Page<PartnerRow> findByNameIlike(String pattern, Pageable pageable);

    long countByNameIlike(String pattern);

    Optional<PartnerRow> findByDirectoryAlias(String directoryAlias);

    long countByDirectoryAlias(String directoryAlias);

    Page<PartnerRow> findByDirectoryAlias(String directoryAlias, Pageable pageable);

    Optional<PartnerRow> findByOrganisationNumber(String organisationNumber);

    List<PartnerRow> findByIdIn(Collection<Long> ids);
}
