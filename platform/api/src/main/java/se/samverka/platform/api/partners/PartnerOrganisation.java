package se.samverka.platform.api.partners;

import io.micronaut.core.annotation.Nullable;
import se.samverka.platform.api.data.EditedRecord;

import java.time.Instant;

/**
 * The tenant's record of a partner organisation, in the platform's register that every module shares
 * (agreements name them as parties, groups are run by them, partnerships have foreign local governments
 * among them). The same organisation may be recorded by several tenants; each record is that tenant's
 * own. What links it to the organisation's portal users is {@code directoryAlias}: the Keycloak
 * Organization alias the users carry in their {@code organization} claim.
 *
 * @param organisationNumber Swedish {@code NNNNNN-NNNN}, none for a foreign organisation
 * @param directoryAlias     the organisation's alias in the user directory (e.g. {@code junis}); none when it has no users
 */
public record PartnerOrganisation(Long id,
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
                                  Long version) implements EditedRecord {

    /** The organisation's details as a form shows and edits them. */
    public PartnerDetails details() {
        return new PartnerDetails(name, organisationNumber, kind, country, directoryAlias, contactPerson, email, phone, address);
    }
}
