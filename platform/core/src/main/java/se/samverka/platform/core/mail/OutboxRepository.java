package se.samverka.platform.core.mail;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface OutboxRepository extends CrudRepository<OutboxMail, Long> {

    List<OutboxMail> findByStatusOrderByIdAsc(MailStatus status, Pageable pageable);

    Page<OutboxMail> findAllOrderByIdDesc(Pageable pageable);

    long countByStatus(MailStatus status);
}
