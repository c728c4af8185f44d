package se.samverka.agreements.agreement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TenantId;
import se.samverka.agreements.lifecycle.AgreementStatus;

import java.time.Instant;

/**
 * One step of an agreement's lifecycle, for its history tab (the audit log records it too, but a
 * module does not read the platform's log).
 *
 * @param reason why, when the user said (required to terminate)
 */
@MappedEntity("agreements_status_change")
public record StatusChange(@Id @GeneratedValue @Nullable Long id,
                           @TenantId @Nullable String tenantId,
                           long agreementId,
                           AgreementStatus fromStatus,
                           AgreementStatus toStatus,
                           Instant changedAt,
                           String changedBy,
                           @Nullable String reason) {
}
