package se.samverka.testkit;

import se.samverka.platform.api.i18n.BundleTranslations;
import se.samverka.platform.api.refusal.Refusal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a refusal says in Swedish and English, from the platform's bundle and the module's, as the
 * portal would say it (people by username): for unit tests of a module's rules without a portal.
 */
public final class RefusalMessages {

    public static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private final BundleTranslations translations;

    private RefusalMessages(BundleTranslations translations) {
        this.translations = translations;
    }

    /** The platform's bundle ({@code i18n.platform}) and the module's, e.g. {@code "i18n.agreements"}. */
    public static RefusalMessages of(String... moduleBundles) {
        List<String> bundles = new ArrayList<>(List.of("i18n.platform"));
        bundles.addAll(List.of(moduleBundles));
        return new RefusalMessages(new BundleTranslations(bundles));
    }

    public String swedish(Refusal refusal) {
        return translations.message(refusal, SWEDISH);
    }

    public String english(Refusal refusal) {
        return translations.message(refusal, Locale.ENGLISH);
    }

    public String in(Locale locale, Refusal refusal) {
        return translations.message(refusal, locale);
    }

    /** For {@code assertThatThrownBy(…).satisfies(…)}: a refusal that says exactly this in English. */
    public Consumer<Throwable> saysInEnglish(String text) {
        return thrown -> assertThat(thrown).isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(english(refusal)).isEqualTo(text));
    }

    /** A refusal whose English message contains this. */
    public Consumer<Throwable> saysInEnglishSomething(String part) {
        return thrown -> assertThat(thrown).isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(english(refusal)).contains(part));
    }

    /** A refusal with this key, at this field (the API's name for it). */
    public static Consumer<Throwable> refusedAt(String key, String field) {
        return thrown -> assertThat(thrown).isInstanceOfSatisfying(Refusal.class, refusal -> {
            assertThat(refusal.messageKey()).isEqualTo(key);
            assertThat(refusal.field()).contains(field);
        });
    }
}
