package se.samverka.agreements.agreement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TenantId;

/** A draft made to renew an agreement: {@code agreementId} renews {@code renewsId}. */
@MappedEntity("agreements_renewal")
record Renewal(@Id @GeneratedValue @Nullable Long id, @TenantId @Nullable String tenantId, long agreementId, long renewsId) {
}
