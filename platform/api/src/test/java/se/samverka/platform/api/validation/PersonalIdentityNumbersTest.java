package se.samverka.platform.api.validation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Personal identity numbers are found however they are written, and nothing else is taken for one. */
class PersonalIdentityNumbersTest {

    // Skatteverket's test numbers (valid check digits, not real people)
    static final String NUMBER = "811218-9876";

    @Test
    void aNumberIsFoundWithOrWithoutCenturyAndSeparator() {
        assertThat(PersonalIdentityNumbers.occursIn("Barnet " + NUMBER + " kom inte")).isTrue();
        assertThat(PersonalIdentityNumbers.occursIn("8112189876")).isTrue();
        assertThat(PersonalIdentityNumbers.occursIn("pnr 19811218-9876.")).isTrue();
        assertThat(PersonalIdentityNumbers.occursIn("198112189876")).isTrue();
        assertThat(PersonalIdentityNumbers.occursIn("811218+9876 (över hundra)")).isTrue();
        assertThat(PersonalIdentityNumbers.occursIn("811218 9876")).isTrue();
        assertThat(PersonalIdentityNumbers.occursIn("811218–9876")).as("en dash").isTrue();
        assertThat(PersonalIdentityNumbers.firstIn("Barnet " + NUMBER)).contains(7);
    }

    @Test
    void aCoordinationNumberIsOne() {
        // day 18 + 60 = 78: samordningsnummer
        assertThat(PersonalIdentityNumbers.occursIn("811278-9873")).isTrue();
    }

    @Test
    void datesPhoneNumbersAndOrganisationNumbersAreNot() {
        assertThat(PersonalIdentityNumbers.occursIn("811218-9875")).as("wrong check digit").isFalse();
        assertThat(PersonalIdentityNumbers.occursIn("Perioden 20240101 – 20261231")).isFalse();
        assertThat(PersonalIdentityNumbers.occursIn("Ring 0767-247409 eller 036-324092")).isFalse();
        assertThat(PersonalIdentityNumbers.occursIn("Orust kommun 212000-1355")).as("organisation number").isFalse();
        assertThat(PersonalIdentityNumbers.occursIn("811318-9876")).as("month 13").isFalse();
        assertThat(PersonalIdentityNumbers.occursIn("12 barn, 7 nya och 5 kvarvarande")).isFalse();
        assertThat(PersonalIdentityNumbers.occursIn(null)).isFalse();
    }
}
