package se.samverka.agreements.agreement;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface PartyContributionRepository extends CrudRepository<PartyContribution, Long> {

    List<PartyContribution> findByAgreementIdOrderByContributionYear(long agreementId);

    void deleteByAgreementId(long agreementId);
}
