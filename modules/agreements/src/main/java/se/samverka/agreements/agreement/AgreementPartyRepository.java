package se.samverka.agreements.agreement;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AgreementPartyRepository extends CrudRepository<AgreementParty, Long> {

    List<AgreementParty> findByAgreementIdOrderByPosition(long agreementId);

    boolean existsByAgreementIdAndPartnerId(long agreementId, long partnerId);

    void deleteByAgreementId(long agreementId);

    /** The parties of a page of agreements in one query (the list's partner column). */
    List<AgreementParty> findByAgreementIdIn(Collection<Long> agreementIds);
}
