package se.samverka.partnerships.partnership;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import se.samverka.platform.api.data.Texts;
import se.samverka.platform.api.refusal.Refusal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the international coordinator says about a partnership.
 *
 * @param countryCode       ISO 3166-1 alpha-2 of the cooperation country ({@code ZA})
 * @param foreignPartnerIds the foreign local governments, from the platform's partner register
 * @param swedishParties    other Swedish municipalities or regions taking part, e.g. "Växjö kommun"
 * @param icldReferences    ICLD's reference numbers, as ICLD writes them
 */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
public record PartnershipDetails(String title,
                                 String countryCode,
                                 @Nullable String thematicArea,
                                 Set<CoreArea> coreAreas,
                                 PartnershipStatus status,
                                 LocalDate startsOn,
                                 @Nullable LocalDate endsOn,
                                 @Nullable String icldReferences,
                                 List<Long> foreignPartnerIds,
                                 List<String> swedishParties,
                                 List<Contact> contacts,
                                 @Nullable String description) {

    public PartnershipDetails {
        coreAreas = coreAreas == null || coreAreas.isEmpty() ? EnumSet.noneOf(CoreArea.class) : EnumSet.copyOf(coreAreas);
        foreignPartnerIds = foreignPartnerIds == null ? List.of() : List.copyOf(foreignPartnerIds);
        swedishParties = swedishParties == null ? List.of() : List.copyOf(swedishParties);
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
        status = status == null ? PartnershipStatus.EXPLORING : status;
    }

    /** Trimmed and checked on its own (the country list and the register are the service's); refused at the field. */
    PartnershipDetails validated() {
        String checkedTitle = Texts.required("title", "partnerships.field.title", title, Texts.SHORT);
        String code = Texts.required("countryCode", "partnerships.field.country", countryCode, 2);
        if (!code.matches("[A-Za-z]{2}")) {
            throw new Refusal("partnerships.partnership.country-code", code).at("countryCode");
        }
        if (coreAreas.isEmpty()) {
            throw new Refusal("partnerships.partnership.core-area-required").at("coreAreas");
        }
        if (startsOn == null) {
            throw new Refusal(Texts.REQUIRED, Refusal.label("partnerships.field.starts-on")).at("startsOn");
        }
        if (endsOn != null && endsOn.isBefore(startsOn)) {
            throw new Refusal("partnerships.partnership.ends-before-start").at("endsOn");
        }
        if (foreignPartnerIds.isEmpty()) {
            throw new Refusal("partnerships.partnership.foreign-party-required").at("foreignPartnerIds");
        }
        List<String> parties = new ArrayList<>();
        for (String party : swedishParties) {
            String name = Texts.optional("swedishParties", "partnerships.field.swedish-party", party, Texts.SHORT);
            if (name != null && !parties.contains(name)) {
                parties.add(name);
            }
        }
        List<Contact> people = new ArrayList<>();
        for (Contact c : contacts) {
            if (c == null || c.side() == null || c.role() == null) {
                throw new Refusal("partnerships.partnership.contact-incomplete").at("contacts");
            }
            String name = Texts.required("contacts", "partnerships.field.contact-name", c.name(), Texts.SHORT);
            people.add(new Contact(c.side(), c.role(), name,
                    Texts.optional("contacts", "partnerships.field.contact-organisation", c.organisation(), Texts.SHORT)));
        }
        return new PartnershipDetails(checkedTitle, code.toUpperCase(Locale.ROOT),
                Texts.optional("thematicArea", "partnerships.field.thematic-area", thematicArea, Texts.SHORT), coreAreas, status,
                startsOn, endsOn, Texts.optional("icldReferences", "partnerships.field.icld-references", icldReferences, 500),
                foreignPartnerIds.stream().distinct().toList(), parties, people,
                Texts.optional("description", "partnerships.field.description", description, Texts.LONG));
    }
}
