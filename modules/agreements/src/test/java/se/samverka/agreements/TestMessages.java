package se.samverka.agreements;

import se.samverka.platform.api.refusal.Refusal;
import se.samverka.testkit.RefusalMessages;

import java.util.Locale;
import java.util.function.Consumer;


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
        return MESSAGES.saysInEnglish(text);
    }

    /** A refusal whose English message contains this. */
    public static Consumer<Throwable> saysInEnglishSomething(String part) {
        return MESSAGES.saysInEnglishSomething(part);
    }
}
