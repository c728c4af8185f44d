package se.samverka.platform.api.partners;

import io.micronaut.core.annotation.Nullable;
import se.samverka.platform.api.data.Texts;
import se.samverka.platform.api.refusal.Refusal;
import se.samverka.platform.api.validation.OrganisationNumber;

import java.util.Locale;
import java.util.regex.Pattern;

/** What a user enters about a partner organisation; {@link #validated()} says what is wrong with it. */
public record PartnerDetails(String name,
                             @Nullable String organisationNumber,
                             PartnerKind kind,
                             @Nullable String country,
                             @Nullable String directoryAlias,
                             @Nullable String contactPerson,
                             @Nullable String email,
                             @Nullable String phone,
                             @Nullable String address) {

    /** Keycloak Organization aliases as the realm uses them: lower-case letters, digits and dashes. */
    private static final Pattern ALIAS = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** The details trimmed and in canonical form, or a refusal naming the first thing wrong (at its field). */
    public PartnerDetails validated() {
        if (kind == null) {
            throw new Refusal(Texts.REQUIRED, Refusal.label("partners.field.kind"));
        }
        String number = Texts.optional("partners.field.organisation-number", organisationNumber, 20);
        if (number != null) {
            if (!kind.isSwedish()) {
                throw new Refusal("partners.foreign-has-no-number").at("organisationNumber");
            }
            number = OrganisationNumber.canonical(number);
        }
        String alias = Texts.optional("partners.field.directory-alias", directoryAlias, 64);
        if (alias != null) {
            alias = alias.toLowerCase(Locale.ROOT);
            if (!ALIAS.matcher(alias).matches()) {
                throw new Refusal("partners.alias-format", alias).at("directoryAlias");
            }
        }
        String mail = Texts.optional("partners.field.email", email, 320);
        if (mail != null && !EMAIL.matcher(mail).matches()) {
            throw new Refusal("partners.email-format", mail).at("email");
        }
        return new PartnerDetails(
                Texts.required("partners.field.name", name, Texts.SHORT),
                number,
                kind,
                Texts.optional("partners.field.country", country, 100),
                alias,
                Texts.optional("partners.field.contact-person", contactPerson, Texts.SHORT),
                mail,
                Texts.optional("partners.field.phone", phone, 50),
                Texts.optional("partners.field.address", address, 500));
    }
}
