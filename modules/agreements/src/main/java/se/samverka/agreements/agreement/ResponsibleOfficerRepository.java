package se.samverka.agreements.agreement;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ResponsibleOfficerRepository extends CrudRepository<ResponsibleOfficer, Long> {

    List<ResponsibleOfficer> findByAgreementIdOrderByUsername(long agreementId);

    /** Many agreements' officers in one query (a job's or a list's agreements). */
    List<ResponsibleOfficer> findByAgreementIdIn(Collection<Long> agreementIds);

    void deleteByAgreementId(long agreementId);
}
