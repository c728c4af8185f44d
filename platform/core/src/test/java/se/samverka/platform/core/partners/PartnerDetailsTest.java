package se.samverka.platform.core.partners;

import se.samverka.platform.api.partners.PartnerDetails;
import se.samverka.platform.api.partners.PartnerKind;
import se.samverka.testkit.RefusalMessages;
import org.junit.jupiter.api.Test;
import se.samverka.platform.api.refusal.Refusal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PartnerDetailsTest {

    static final RefusalMessages MESSAGES = RefusalMessages.of();


    private static PartnerDetails junis(String number, PartnerKind kind, String alias, String email) {
        return new PartnerDetails("  Junis Göteborg och Bohusläns distrikt ", number, kind, null, alias, null, email, null, null);
    }

    @Test
    void validDetailsAreTrimmedAndCanonical() {
        PartnerDetails valid = junis("857204–3795", PartnerKind.NON_PROFIT_ASSOCIATION, "Junis", " info@junis.example.org ")
                .validated();

        assertThat(valid.name()).isEqualTo("Junis Göteborg och Bohusläns distrikt");
        assertThat(valid.organisationNumber()).isEqualTo("857204-3795");
        assertThat(valid.directoryAlias()).isEqualTo("junis");
        assertThat(valid.email()).isEqualTo("info@junis.example.org");
    }

    @Test
    void aSwedishOrganisationMayLackANumberButAForeignOneMayNotHaveOne() {
        assertThat(junis(null, PartnerKind.FOUNDATION, null, null).validated().organisationNumber()).isNull();
        assertThat(new PartnerDetails("JB Marks Local Municipality", null, PartnerKind.FOREIGN_LOCAL_GOVERNMENT,
                "Sydafrika", "jbmarks", null, null, null, null).validated().country()).isEqualTo("Sydafrika");

        assertThatThrownBy(() -> new PartnerDetails("JB Marks Local Municipality", "212000-1314",
                PartnerKind.FOREIGN_LOCAL_GOVERNMENT, null, null, null, null, null, null).validated())
                .isInstanceOfSatisfying(Refusal.class,
                        r -> assertThat(r.messageKey()).isEqualTo("partners.foreign-has-no-number"));
    }

    @Test
    void badInputIsRefusedWithTheFieldNamed() {
        assertThatThrownBy(() -> junis("857204-3794", PartnerKind.NON_PROFIT_ASSOCIATION, null, null).validated())
                .satisfies(MESSAGES.saysInEnglishSomething("check digit"));
        assertThatThrownBy(() -> junis(null, PartnerKind.NON_PROFIT_ASSOCIATION, "junis göteborg", null).validated())
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.messageKey()).isEqualTo("partners.alias-format"));
        assertThatThrownBy(() -> junis(null, PartnerKind.NON_PROFIT_ASSOCIATION, null, "not an address").validated())
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.messageKey()).isEqualTo("partners.email-format"));
        assertThatThrownBy(() -> new PartnerDetails(" ", null, PartnerKind.FOUNDATION, null, null, null, null, null, null).validated())
                .satisfies(MESSAGES.saysInEnglish("Name is required."));
        assertThatThrownBy(() -> new PartnerDetails("X", null, null, null, null, null, null, null, null).validated())
                .satisfies(MESSAGES.saysInEnglish("Kind of organisation is required."));
    }
}
