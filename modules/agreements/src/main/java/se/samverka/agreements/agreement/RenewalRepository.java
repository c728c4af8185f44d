package se.samverka.agreements.agreement;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface RenewalRepository extends CrudRepository<Renewal, Long> {

    Optional<Renewal> findByAgreementId(long agreementId);

    Optional<Renewal> findByRenewsId(long renewsId);

    void deleteByAgreementId(long agreementId);
}
