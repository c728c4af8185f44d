package se.samverka.agreements.agreement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TenantId;

import java.time.LocalDate;

/** A person signing for a party. */
@MappedEntity("agreements_signatory")
record PartySignatory(@Id @GeneratedValue @Nullable Long id,
                      @TenantId @Nullable String tenantId,
                      long agreementId,
                      long partyId,
                      int position,
                      String name,
                      @Nullable String role,
                      @Nullable LocalDate signedOn) {
}
