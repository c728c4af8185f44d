package se.samverka.agreements.deadlines;

import jakarta.inject.Singleton;
import se.samverka.platform.api.i18n.Translations;
import se.samverka.platform.api.module.LocalizedText;

import java.util.Locale;

/** The module's deadline texts in both languages at once, for what leaves the UI (notices, calendar feeds). */
@Singleton
public class DeadlineTexts {

    private final Translations translations;

    DeadlineTexts(Translations translations) {
        this.translations = translations;
    }

    public LocalizedText text(String key, Object... arguments) {
        return translations.both(key, arguments);
    }

    public String render(String key, Locale locale, Object... arguments) {
        return translations.get(locale, key, arguments);
    }

    /** What the deadline is, e.g. "Förnyelsediskussion senast: KS/2024:12 Överenskommelse om …". */
    public LocalizedText summary(Deadline deadline) {
        return text("agreements.deadline.summary." + deadline.kind().name(), name(deadline), detail(deadline));
    }

    /** The deadline with its date, a sentence for a notice or a calendar event. */
    public LocalizedText description(Deadline deadline) {
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
