package se.samverka.agreements.followup;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ReportRepository extends CrudRepository<Report, Long> {

    Optional<Report> findByPeriodId(long periodId);

    List<Report> findByAgreementId(long agreementId);

    boolean existsByPeriodId(long periodId);
}
