package se.samverka.platform.api.validation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class OrganisationNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"2120001314", "2321000057", "2321000016", "2120000639", "8572043795"})
    void realOrganisationNumbersHaveValidCheckDigits(String digits) {
        assertThat(OrganisationNumbers.hasValidCheckDigit(digits)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2120001315", "212000131", "21200013144", "abcdefghij", ""})
    void wrongCheckDigitsAndLengthsAreInvalid(String digits) {
        assertThat(OrganisationNumbers.hasValidCheckDigit(digits)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"212000-1314", "212000–1314", "2120001314", " 212000 1314 "})
    void writtenFormsGiveTheTenDigits(String written) {
        assertThat(OrganisationNumbers.tenDigits(written)).hasValue("2120001314");
        assertThat(OrganisationNumbers.canonical("2120001314")).isEqualTo("212000-1314");
    }
}
