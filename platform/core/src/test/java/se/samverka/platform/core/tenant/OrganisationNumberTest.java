package se.samverka.platform.core.tenant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class OrganisationNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"212000-1314", "232100-0057", "232100-0016", "212000-0639", "857204-3795"})
    void realOrganisationNumbersAreValid(String number) {
        assertThat(OrganisationNumber.isValid(number)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"212000-1315", "2120001314", "212000–1314", "21200-01314", "", "abcdef-ghij"})
    void wrongCheckDigitsAndFormatsAreInvalid(String number) {
        assertThat(OrganisationNumber.isValid(number)).isFalse();
    }
}
