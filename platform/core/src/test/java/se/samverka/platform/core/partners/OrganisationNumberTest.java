package se.samverka.platform.core.partners;

import se.samverka.platform.api.validation.OrganisationNumber;
import se.samverka.testkit.RefusalMessages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.samverka.platform.api.refusal.Refusal;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrganisationNumberTest {

    static final RefusalMessages MESSAGES = RefusalMessages.of();


    @ParameterizedTest
    @ValueSource(strings = {"212000-1314", "857204-3795", "232100-0057", "232100-0016", "212000-0639"})
    void realNumbersFromTheSourcesAreValid(String number) {
        assertThat(OrganisationNumber.isValid(number)).isTrue();
        assertThat(OrganisationNumber.canonical(number)).isEqualTo(number);
    }

    @Test
    void theWaysPeopleWriteANumberBecomeTheCanonicalForm() {
        assertThat(OrganisationNumber.canonical("212000–1314")).as("en dash, as printed in seed 003").isEqualTo("212000-1314");
        assertThat(OrganisationNumber.canonical("2120001314")).isEqualTo("212000-1314");
        assertThat(OrganisationNumber.canonical(" 857204 3795 ")).isEqualTo("857204-3795");
    }

    @Test
    void aWrongCheckDigitIsRefusedWithItsOwnMessage() {
        assertThatThrownBy(() -> OrganisationNumber.canonical("212000-1315"))
                .isInstanceOfSatisfying(Refusal.class, refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo("refusal.organisation-number.check-digit");
                    assertThat(MESSAGES.in(Locale.forLanguageTag("sv"), refusal)).contains("212000-1315", "kontrollsiffran");
                    assertThat(MESSAGES.in(Locale.ENGLISH, refusal)).contains("check digit");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "21200-1314", "212000-13145", "2120OO-1314", "abc"})
    void aMalformedNumberIsRefusedForItsForm(String number) {
        assertThatThrownBy(() -> OrganisationNumber.canonical(number))
                .isInstanceOfSatisfying(Refusal.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("refusal.organisation-number.format"));
        assertThat(OrganisationNumber.isValid(number)).isFalse();
    }

    @Test
    void nullIsNotANumber() {
        assertThat(OrganisationNumber.isValid(null)).isFalse();
    }
}
