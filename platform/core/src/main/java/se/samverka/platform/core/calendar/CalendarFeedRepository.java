package se.samverka.platform.core.calendar;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface CalendarFeedRepository extends CrudRepository<CalendarFeedRecord, String> {

    Optional<CalendarFeedRecord> findByUsername(String username);

    void deleteByUsername(String username);
}
