package se.samverka.platform.core.partners;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import se.samverka.platform.api.partners.PartnerDetails;
import se.samverka.platform.api.partners.PartnerKind;

/**
 * A partner organisation's details as sent.
 *
 * @param version            for a change: the version read (a newer one answers 409); not sent to create
 * @param organisationNumber Swedish {@code NNNNNN-NNNN} with a valid check digit; none for a foreign organisation
 * @param directoryAlias     the organisation's alias in the user directory, which links its partner users
 */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
public record PartnerInput(@Nullable Long version, @Nullable String name, @Nullable String organisationNumber,
                           @Nullable PartnerKind kind, @Nullable String country, @Nullable String directoryAlias,
                           @Nullable String contactPerson, @Nullable String email, @Nullable String phone,
                           @Nullable String address) {

    PartnerDetails details() {
        return new PartnerDetails(name, organisationNumber, kind, country, directoryAlias, contactPerson, email, phone,
                address);
    }
}
