package se.samverka.agreements.agreement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TenantId;

/** A case officer responsible for an agreement, by username in the user directory. */
@MappedEntity("agreements_responsible")
record ResponsibleOfficer(@Id @GeneratedValue @Nullable Long id,
                          @TenantId @Nullable String tenantId,
                          long agreementId,
                          String username) {
}
