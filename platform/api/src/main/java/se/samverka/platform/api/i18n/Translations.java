package se.samverka.platform.api.i18n;

import se.samverka.platform.api.module.LocalizedText;
import se.samverka.platform.api.refusal.Refusal;

import java.util.Locale;

/**
 * The portal's merged message bundles (the platform's and every installed module's) outside a view,
 * e.g. for mail, exports and API answers; views use Vaadin's {@code getTranslation}, which reads the
 * same bundles. {@link Refusal.Label} arguments are translated too.
 */
public interface Translations {

    /** The message in the supported language nearest the locale; {@code !key} when no bundle has it. */
    String get(Locale locale, String key, Object... arguments);

    /** The message in both languages, for what is stored once and shown in either (notices, calendar events). */
    default LocalizedText both(String key, Object... arguments) {
        return new LocalizedText(get(Languages.SWEDISH, key, arguments), get(Languages.ENGLISH, key, arguments));
    }

    /** What a refusal says, in the locale's language. */
    default String message(Refusal refusal, Locale locale) {
        return get(locale, refusal.messageKey(), refusal.arguments().toArray());
    }
}
