package se.samverka.agreements.history;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

/** Append-only: a version, once recorded, is history. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface AgreementVersionRepository extends GenericRepository<AgreementVersion, Long> {

    AgreementVersion save(AgreementVersion version);

    List<AgreementVersion> findByAgreementIdOrderByVersionNumber(long agreementId);

    Optional<AgreementVersion> findByAgreementIdAndVersionNumber(long agreementId, int versionNumber);

    boolean existsByAgreementIdAndVersionNumber(long agreementId, int versionNumber);
}
