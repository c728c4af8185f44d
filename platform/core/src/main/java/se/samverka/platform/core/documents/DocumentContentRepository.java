package se.samverka.platform.core.documents;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
interface DocumentContentRepository extends CrudRepository<DocumentContent, Long> {
}
