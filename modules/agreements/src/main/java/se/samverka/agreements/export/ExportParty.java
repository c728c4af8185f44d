package se.samverka.agreements.export;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TenantId;

/** A party's name as the exports read it: the columns they need of the agreement feature's party table, read-only. */
@MappedEntity("agreements_party")
record ExportParty(@Id Long id, @TenantId @Nullable String tenantId, long agreementId, int position,
                   @Nullable Long partnerId, String name) {
}
