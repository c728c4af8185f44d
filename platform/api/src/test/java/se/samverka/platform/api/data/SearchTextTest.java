package se.samverka.platform.api.data;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTextTest {

    @Test
    void aSearchMatchesAnywhereIgnoringCaseAndTakesWildcardsLiterally() {
        assertThat(SearchText.containsPattern("  Junis ")).isEqualTo("%junis%");
        assertThat(SearchText.containsPattern("KS/2024:2095")).isEqualTo("%ks/2024:2095%");
        assertThat(SearchText.containsPattern("100%_")).isEqualTo("%100\\%\\_%");
        assertThat(SearchText.containsPattern(" ")).isNull();
        assertThat(SearchText.containsPattern(null)).isNull();
    }
}
