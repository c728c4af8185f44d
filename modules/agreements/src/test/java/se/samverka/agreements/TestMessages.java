package se.samverka.agreements;

import se.samverka.platform.api.refusal.Refusal;
import se.samverka.testkit.RefusalMessages;

import java.util.Locale;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** What the module's refusals say, from the platform's and the module's bundles (unit tests without a portal). */
public final class TestMessages {

    private static final RefusalMessages MESSAGES = RefusalMessages.of("i18n.agreements");

    private TestMessages() {
    }

    public static String in(Locale locale, Refusal refusal) {
        return MESSAGES.in(locale, refusal);
    }

    /** For {@code assertThatThrownBy(…).satisfies(…)}: a refusal that says exactly this in English. */
    public static Consumer<Throwable> saysInEnglish(String text) {
        return thrown -> assertThat(thrown).isInstanceOfSatisfying(Refusal.class,
                refusal -> assertThat(in(Locale.ENGLISH, refusal)).isEqualTo(text));
    }

    /** A refusal whose English message contains this. */
    public static Consumer<Throwable> saysInEnglishSomething(String part) {
        return thrown -> assertThat(thrown).isInstanceOfSatisfying(Refusal.class,
                refusal -> assertThat(in(Locale.ENGLISH, refusal)).contains(part));
    }
}
