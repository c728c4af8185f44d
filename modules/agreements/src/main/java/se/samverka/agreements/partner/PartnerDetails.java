package se.samverka.agreements.partner;

import io.micronaut.core.annotation.Nullable;
import se.samverka.platform.api.refusal.Refusal;
import se.samverka.platform.api.data.Texts;

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

    /** The details trimmed and in canonical form, or a refusal naming the first thing wrong. */
    public PartnerDetails validated() {
        if (kind == null) {
            throw new Refusal(Texts.REQUIRED, Refusal.label("agreements.field.kind"));
        }
        String number = Texts.optional("agreements.field.organisation-number", organisationNumber, 20);
        if (number != null) {
            if (!kind.isSwedish()) {
                throw new Refusal("agreements.partner.foreign-has-no-number").at("organisationNumber");
            }
            number = OrganisationNumber.canonical(number);
        }
        String alias = Texts.optional("agreements.field.directory-alias", directoryAlias, 64);
        if (alias != null) {
            alias = alias.toLowerCase(Locale.ROOT);
            if (!ALIAS.matcher(alias).matches()) {
                throw new Refusal("agreements.partner.alias-format", alias).at("directoryAlias");
            }
        }
        String mail = Texts.optional("agreements.field.email", email, 320);
        if (mail != null && !EMAIL.matcher(mail).matches()) {
            throw new Refusal("agreements.partner.email-format", mail).at("email");
        }
        return new PartnerDetails(
                Texts.required("agreements.field.name", name, Texts.SHORT),
                number,
                kind,
                Texts.optional("agreements.field.country", country, 100),
                alias,
                Texts.optional("agreements.field.contact-person", contactPerson, Texts.SHORT),
                mail,
                Texts.optional("agreements.field.phone", phone, 50),
                Texts.optional("agreements.field.address", address, 500));
    }
}
