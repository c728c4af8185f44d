package se.samverka.partnerships.api;

import io.micronaut.serde.annotation.Serdeable;
import se.samverka.partnerships.partnership.Partnership;
import se.samverka.partnerships.partnership.PartnershipDetails;

import java.util.List;

/** A partnership as the API shows it, with its version for a change and the warnings ICLD's rules give. */
@Serdeable
public record PartnershipView(long id, PartnershipDetails details, long version, List<Messages> warnings) {

    static PartnershipView of(Partnership p, List<Messages> warnings) {
        return new PartnershipView(p.id(), p.details(), p.version(), warnings);
    }
}
