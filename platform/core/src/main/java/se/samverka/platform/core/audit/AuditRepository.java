package se.samverka.platform.core.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Insert and read only: the log is append-only, so there is deliberately no update or delete here
 * (nor a criteria executor, which would bring deleteAll/updateAll). The hand-written search names
 * tenant_id itself, since Micronaut Data does not add the tenant filter to a {@code @Query}.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface AuditRepository extends GenericRepository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    /** Newest first; a filter given as null matches everything. */
    @Query(value = """
            SELECT * FROM audit_entry a WHERE a.tenant_id = :tenantId
              AND (:actor IS NULL OR a.actor = :actor)
              AND (:action IS NULL OR a.action = :action)
              AND (:recordType IS NULL OR a.record_type = :recordType)
              AND (:fromTime IS NULL OR a.occurred_at >= :fromTime)
              AND (:toTime IS NULL OR a.occurred_at < :toTime)
            ORDER BY a.occurred_at DESC, a.id DESC""",
            countQuery = """
            SELECT COUNT(*) FROM audit_entry a WHERE a.tenant_id = :tenantId
              AND (:actor IS NULL OR a.actor = :actor)
              AND (:action IS NULL OR a.action = :action)
              AND (:recordType IS NULL OR a.record_type = :recordType)
              AND (:fromTime IS NULL OR a.occurred_at >= :fromTime)
              AND (:toTime IS NULL OR a.occurred_at < :toTime)""")
    Page<AuditEntry> search(String tenantId, @Nullable String actor, @Nullable String action,
                            @Nullable String recordType, @Nullable Instant fromTime, @Nullable Instant toTime,
                            Pageable pageable);

    /** A record type's entries for some ids, in the current tenant (the tenant filter), newest first. */
    @Query("""
            SELECT a.* FROM audit_entry a WHERE a.tenant_id = :tenantId AND a.record_type = :recordType
              AND a.record_id IN (:recordIds) ORDER BY a.occurred_at DESC, a.id DESC LIMIT :limit""")
    List<AuditEntry> history(String tenantId, String recordType, Collection<String> recordIds, int limit);

    /** The actions, record types and actors the tenant's log holds: what its filters offer. */
    @Query("SELECT DISTINCT a.action FROM audit_entry a WHERE a.tenant_id = :tenantId ORDER BY a.action")
    List<String> actions(String tenantId);

    @Query("SELECT DISTINCT a.record_type FROM audit_entry a WHERE a.tenant_id = :tenantId ORDER BY a.record_type")
    List<String> recordTypes(String tenantId);

    @Query("SELECT DISTINCT a.actor FROM audit_entry a WHERE a.tenant_id = :tenantId ORDER BY a.actor")
    List<String> actors(String tenantId);
}
