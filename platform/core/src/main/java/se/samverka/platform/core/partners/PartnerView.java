package se.samverka.platform.core.partners;

import io.micronaut.core.annotation.Nullable;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import se.samverka.platform.api.partners.PartnerKind;
import se.samverka.platform.api.partners.PartnerOrganisation;

import java.time.Instant;

/** A partner organisation of the tenant's register. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PartnerView(long id, String name, @Nullable String organisationNumber, PartnerKind kind,
                          @Nullable String country, @Nullable String directoryAlias, @Nullable String contactPerson,
                          @Nullable String email, @Nullable String phone, @Nullable String address,
                          Instant updatedAt, String updatedBy, long version) {

    static PartnerView of(PartnerOrganisation p) {
        return new PartnerView(p.id(), p.name(), p.organisationNumber(), p.kind(), p.country(), p.directoryAlias(),
                p.contactPerson(), p.email(), p.phone(), p.address(), p.updatedAt(), p.updatedBy(), p.version());
    }
}
