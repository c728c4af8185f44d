package se.samverka.agreements.agreement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TenantId;

/**
 * A party to an agreement, as stored. Changed only together with its agreement, whose version
 * guards it. {@code partnerId} is what partner access looks at: a partner user sees the agreement
 * when their organisation's record is a party.
 */
@MappedEntity("agreements_party")
record AgreementParty(@Id @GeneratedValue @Nullable Long id,
                      @TenantId @Nullable String tenantId,
                      long agreementId,
                      int position,
                      @Nullable Long partnerId,
                      String name,
                      @Nullable String organisationNumber,
                      boolean convenesSteeringGroup) {
}
