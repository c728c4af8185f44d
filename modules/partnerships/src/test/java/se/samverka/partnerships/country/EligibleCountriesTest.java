package se.samverka.partnerships.country;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** ICLD's list by date: a country is eligible from its date, and until its end date when it left the list. */
class EligibleCountriesTest {

    @Test
    void theBuiltInListIsSeed004sNineteenCountriesWithTheirRegions() {
        EligibleCountries countries = new EligibleCountries(null);
        assertThat(countries.all()).hasSize(19);
        assertThat(countries.eligibleOn("ZA", LocalDate.of(2020, 1, 1))).isTrue();
        assertThat(countries.eligibleOn("SE", LocalDate.of(2020, 1, 1))).isFalse();
        assertThat(countries.eligibleOn("ZA", LocalDate.of(2019, 12, 31))).as("before the list's date").isFalse();
        assertThat(countries.regionOf("UA")).contains(Region.EUROPE);
        assertThat(countries.regionOf("KE")).contains(Region.AFRICA_ASIA);
    }

    @Test
    void aCountryThatLeftTheListIsEligibleOnlyUntilItsEndDate() {
        List<EligibleCountry> read = EligibleCountries.read(new ByteArrayInputStream("""
                # a test list
                TR;EUROPE;2020-01-01;2022-12-31
                ZA;AFRICA_ASIA;2020-01-01;
                """.getBytes(StandardCharsets.UTF_8)));
        EligibleCountry turkey = read.get(0);
        assertThat(turkey.eligibleOn(LocalDate.of(2022, 12, 31))).isTrue();
        assertThat(turkey.eligibleOn(LocalDate.of(2023, 1, 1))).isFalse();
        assertThat(read.get(1).to()).isNull();
    }

    @Test
    void namesComeInTheUsersLanguage() {
        assertThat(EligibleCountry.name("ZA", Locale.forLanguageTag("sv"))).isEqualTo("Sydafrika");
        assertThat(EligibleCountry.name("ZA", Locale.ENGLISH)).isEqualTo("South Africa");
    }
}
