package se.samverka.platform.core.mail;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface OutboxRepository extends CrudRepository<OutboxMail, Long> {

    /** The pending mails whose next attempt is due, oldest first. */
    @Query(value = "SELECT * FROM mail_outbox WHERE status = 'PENDING' AND (next_attempt_at IS NULL OR next_attempt_at <= :now) "
            + "ORDER BY id ASC LIMIT :limit")
    List<OutboxMail> findDue(Instant now, int limit);

    Page<OutboxMail> findAllOrderByIdDesc(Pageable pageable);

    long countByStatus(MailStatus status);
}
