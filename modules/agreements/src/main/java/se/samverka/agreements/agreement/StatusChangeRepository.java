package se.samverka.agreements.agreement;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/** Append-only, like the history it keeps: no update, no delete. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface StatusChangeRepository extends GenericRepository<StatusChange, Long> {

    StatusChange save(StatusChange change);

    List<StatusChange> findByAgreementIdOrderById(long agreementId);
}
