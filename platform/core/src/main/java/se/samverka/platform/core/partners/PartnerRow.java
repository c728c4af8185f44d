package se.samverka.platform.core.partners;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TenantId;
import io.micronaut.data.annotation.Version;
import se.samverka.platform.api.partners.PartnerDetails;
import se.samverka.platform.api.partners.PartnerKind;
import se.samverka.platform.api.partners.PartnerOrganisation;

import java.time.Instant;

/** A row of the register ({@code partner_organisation}); modules see it as {@link PartnerOrganisation}. */
@MappedEntity("partner_organisation")
record PartnerRow(@Id @GeneratedValue @Nullable Long id,
                  @TenantId @Nullable String tenantId,
                  String name,
                  @Nullable String organisationNumber,
                  PartnerKind kind,
                  @Nullable String country,
                  @Nullable String directoryAlias,
                  @Nullable String contactPerson,
                  @Nullable String email,
                  @Nullable String phone,
                  @Nullable String address,
                  Instant createdAt,
                  String createdBy,
                  Instant updatedAt,
                  String updatedBy,
                  @Version @Nullable Long version) {

    static PartnerRow create(PartnerDetails details, Instant now, String actor) {
        return new PartnerRow(null, null, details.name(), details.organisationNumber(), details.kind(),
                details.country(), details.directoryAlias(), details.contactPerson(), details.email(), details.phone(),
                details.address(), now, actor, now, actor, null);
    }

    PartnerRow withDetails(PartnerDetails details, Instant now, String actor) {
        return new PartnerRow(id, tenantId, details.name(), details.organisationNumber(), details.kind(),
                details.country(), details.directoryAlias(), details.contactPerson(), details.email(), details.phone(),
                details.address(), createdAt, createdBy, now, actor, version);
    }

    PartnerOrganisation toPartner() {
        return new PartnerOrganisation(id, name, organisationNumber, kind, country, directoryAlias, contactPerson, email,
                phone, address, createdAt, createdBy, updatedAt, updatedBy, version);
    }
}
