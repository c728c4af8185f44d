package se.samverka.agreements.agreement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TenantId;

/** One commitment (åtagande) of a party, in the agreement's order. */
@MappedEntity("agreements_commitment")
record PartyCommitment(@Id @GeneratedValue @Nullable Long id,
                       @TenantId @Nullable String tenantId,
                       long agreementId,
                       long partyId,
                       int position,
                       String text) {
}
