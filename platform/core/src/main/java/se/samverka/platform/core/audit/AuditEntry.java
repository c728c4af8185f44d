package se.samverka.platform.core.audit;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TenantId;

import java.time.Instant;

/** One line of the append-only audit log; {@code changes} is JSON: field to [old, new]. */
@MappedEntity("audit_entry")
public record AuditEntry(@Id @GeneratedValue Long id, @TenantId String tenantId, Instant occurredAt, String actor,
                         String action, String recordType, String recordId, String changes) {
}
