package se.samverka.agreements.agreement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TenantId;

/** A party's contribution in one year, in whole kronor. */
@MappedEntity("agreements_contribution")
record PartyContribution(@Id @GeneratedValue @Nullable Long id,
                         @TenantId @Nullable String tenantId,
                         long agreementId,
                         long partyId,
                         int contributionYear,
                         long amountSek,
                         @Nullable String description) {
}
