package se.samverka.agreements.deadlines;

import se.samverka.platform.api.module.LocalizedText;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The module's texts in both languages at once, for what leaves the UI (notices, calendar feeds). */
public final class DeadlineTexts {

    private static final String BUNDLE = "i18n.agreements";
    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private DeadlineTexts() {
    }

    public static LocalizedText text(String key, Object... arguments) {
        return new LocalizedText(render(key, SWEDISH, arguments), render(key, Locale.ENGLISH, arguments));
    }

    public static String render(String key, Locale locale, Object... arguments) {
        Locale language = locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : SWEDISH;
        // no fallback to the JVM's default locale: Swedish is the base file, English the _en file
        String pattern = ResourceBundle.getBundle(BUNDLE, language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        return new MessageFormat(pattern, language).format(arguments);
    }

    /** What the deadline is, e.g. "Förnyelsesamtal ska inledas: KS/2024:12 Överenskommelse om …". */
    public static LocalizedText summary(Deadline deadline) {
        return text("agreements.deadline.summary." + deadline.kind().name(), name(deadline), detail(deadline));
    }

    /** The deadline with its date, a sentence for a notice or a calendar event. */
    public static LocalizedText description(Deadline deadline) {
        return text("agreements.deadline.description." + deadline.kind().name(), name(deadline), deadline.date().toString(),
                detail(deadline));
    }

    /** The agreement as people know it: registry number and title. */
    public static String name(Deadline deadline) {
        return deadline.registryNumber() == null || deadline.registryNumber().isBlank()
                ? deadline.title() : deadline.registryNumber() + " " + deadline.title();
    }

    private static String detail(Deadline deadline) {
        return deadline.detail() == null ? "" : deadline.detail();
    }
}
