package se.samverka.platform.api.i18n;

import org.junit.jupiter.api.Test;
import se.samverka.platform.api.refusal.Refusal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class BundleTranslationsTest {

    final BundleTranslations translations = new BundleTranslations(List.of("i18n.base", "i18n.module"));

    @Test
    void theFirstBundleWithTheKeyWinsAndEachLanguageHasItsFile() {
        assertThat(translations.get(Languages.SWEDISH, "base.shared")).isEqualTo("från plattformen");
        assertThat(translations.get(Locale.ENGLISH, "module.only")).isEqualTo("The module only");
        assertThat(translations.get(Locale.GERMAN, "base.hello", "Anna")).as("an unsupported language is Swedish").isEqualTo("Hej Anna");
        assertThat(translations.get(Languages.SWEDISH, "no.such.key")).isEqualTo("!no.such.key");
    }

    @Test
    void everyMessageIsAPatternSoAQuoteIsWrittenTwiceWithOrWithoutArguments() {
        assertThat(translations.get(Locale.ENGLISH, "base.quote")).isEqualTo("The partner's name");
        assertThat(translations.get(Languages.SWEDISH, "base.quote")).isEqualTo("Partnerns 'namn'");
    }

    @Test
    void labelsAreTranslatedInstantsShownInSwedishTimeAndPeopleByUsername() {
        Refusal refusal = new Refusal("module.refused", Refusal.label("module.field.meeting-date"));
        assertThat(translations.message(refusal, Locale.ENGLISH)).isEqualTo("Meeting date is missing.");
        assertThat(translations.get(Languages.SWEDISH, "base.when", Instant.parse("2026-12-03T07:20:01.206378Z")))
                .isEqualTo("Ändrad 2026-12-03 08:20");
        assertThat(translations.get(Languages.SWEDISH, "base.hello", Refusal.person("anna.lund"))).isEqualTo("Hej anna.lund");
        assertThat(translations.both("base.label").sv()).isEqualTo("Mötesdatum");
        assertThat(translations.both("base.label").en()).isEqualTo("Meeting date");
    }

    @Test
    void theLanguageOfAnAcceptLanguageHeaderIsTheFirstOfferedOneItNames() {
        assertThat(Languages.preferred("en-GB,en;q=0.9,sv;q=0.5")).isEqualTo(Locale.ENGLISH);
        assertThat(Languages.preferred("de-DE, sv;q=0.4, en;q=0.3")).isEqualTo(Languages.SWEDISH);
        assertThat(Languages.preferred("fr")).isEqualTo(Languages.SWEDISH);
        assertThat(Languages.preferred(null)).isEqualTo(Languages.SWEDISH);
        assertThat(Languages.preferred(";;;q=x")).as("a malformed header").isEqualTo(Languages.SWEDISH);
    }
}
