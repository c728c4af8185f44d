package se.samverka.platform.core.documents;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface DocumentRepository extends CrudRepository<DocumentRecord, Long> {

    List<DocumentRecord> findByOwnerTypeAndOwnerIdOrderByCreatedAtDesc(String ownerType, String ownerId);
}
