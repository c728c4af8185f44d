package se.samverka.platform.core.security;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

/** Platform-owned, not tenant-owned: a person may be a member of several tenants. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface PortalUserRepository extends CrudRepository<PortalUserRecord, String> {

    Optional<PortalUserRecord> findByUsername(String username);
}
