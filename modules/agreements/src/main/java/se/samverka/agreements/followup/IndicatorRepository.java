package se.samverka.agreements.followup;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface IndicatorRepository extends CrudRepository<Indicator, Long> {

    List<Indicator> findByAgreementIdOrderByPosition(long agreementId);

    long countByAgreementId(long agreementId);
}
