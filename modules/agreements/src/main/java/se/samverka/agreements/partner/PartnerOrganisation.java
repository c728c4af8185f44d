package se.samverka.agreements.partner;

import se.samverka.platform.api.data.EditedRecord;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TenantId;
import io.micronaut.data.annotation.Version;

import java.time.Instant;

/**
 * The tenant's record of a partner organisation. The same organisation may be recorded by several
 * tenants (Junis works with many municipalities); each record is that tenant's own data. What links
 * them to the organisation's portal users is {@code directoryAlias}: the Keycloak Organization alias
 * the users carry in their {@code organization} claim.
 *
 * @param organisationNumber Swedish {@code NNNNNN-NNNN}, none for a foreign organisation
 * @param directoryAlias     the organisation's alias in the user directory (e.g. {@code junis}); none when it has no users
 */
@MappedEntity("agreements_partner_organisation")
public record PartnerOrganisation(@Id @GeneratedValue @Nullable Long id,
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
                                  @Version @Nullable Long version) implements EditedRecord {


    /** The organisation's details as a form shows and edits them. */
    public PartnerDetails details() {
        return new PartnerDetails(name, organisationNumber, kind, country, directoryAlias, contactPerson, email, phone, address);
    }

    static PartnerOrganisation create(PartnerDetails details, Instant now, String actor) {
        return new PartnerOrganisation(null, null, details.name(), details.organisationNumber(), details.kind(),
                details.country(), details.directoryAlias(), details.contactPerson(), details.email(), details.phone(),
                details.address(), now, actor, now, actor, null);
    }

    PartnerOrganisation withDetails(PartnerDetails details, Instant now, String actor) {
        return new PartnerOrganisation(id, tenantId, details.name(), details.organisationNumber(), details.kind(),
                details.country(), details.directoryAlias(), details.contactPerson(), details.email(), details.phone(),
                details.address(), createdAt, createdBy, now, actor, version);
    }
}
