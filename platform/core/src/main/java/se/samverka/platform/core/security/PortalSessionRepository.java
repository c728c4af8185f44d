package se.samverka.platform.core.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;

/** Platform-owned: a session belongs to a person, who may be a member of several tenants. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface PortalSessionRepository extends CrudRepository<PortalSession, String> {

    @Query("UPDATE platform_sessions SET last_seen_at = :now WHERE id = :id")
    void touch(String id, Instant now);

    @Query("UPDATE platform_sessions SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL")
    void revoke(String id, Instant now);

    @Query("UPDATE platform_sessions SET revoked_at = :now WHERE username = :username AND revoked_at IS NULL")
    int revokeAllOf(String username, Instant now);

    /** The next request of each of the user's sessions reads roles and memberships again. */
    @Query("UPDATE platform_sessions SET roles_read_at = :longAgo WHERE username = :username AND revoked_at IS NULL")
    void rolesChanged(String username, Instant longAgo);

    @Query("""
            UPDATE platform_sessions SET display_name = :displayName, roles = :roles, tenants = :tenants,
              organisation = :organisation, roles_read_at = :now, last_seen_at = :now
            WHERE id = :id AND revoked_at IS NULL""")
    void identityRead(String id, String displayName, String roles, String tenants, @Nullable String organisation, Instant now);

    @Query("DELETE FROM platform_sessions WHERE expires_at < :before")
    void deleteExpiredBefore(Instant before);
}
