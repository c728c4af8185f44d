package se.samverka.platform.api.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchWordsTest {

    @Test
    void theWordsAreLowerCasedPatternsAtMostThreeAndTheRestMatchAnything() {
        SearchWords words = SearchWords.of("  Förening   ÅRSMÖTE 50% ignoreras ");

        assertThat(words.words()).containsExactly("förening", "årsmöte", "50%");
        assertThat(words.pattern(0)).isEqualTo("%förening%");
        assertThat(words.pattern(2)).as("wildcards taken literally").isEqualTo("%50\\%%");
        assertThat(SearchWords.of("barn").pattern(1)).isEqualTo("%");
        assertThat(SearchWords.of("   ").isEmpty()).isTrue();
    }

    @Test
    void theExcerptShowsTheWordsAroundTheFirstMatch() {
        SearchWords words = SearchWords.of("missbruk");
        String text = "Stödgrupper för barn och unga som lever i familjer med missbruk eller psykisk ohälsa, "
                + "och för deras föräldrar som också behöver stöd under hela året.";

        String excerpt = words.excerpt(text, 40);

        assertThat(excerpt).contains("missbruk").startsWith("…").endsWith("…");
        assertThat(excerpt.length()).isLessThanOrEqualTo(42);
        assertThat(words.excerpt("Kort text", 40)).isEqualTo("Kort text");
        assertThat(words.excerpt(null, 40)).isNull();
    }
}
