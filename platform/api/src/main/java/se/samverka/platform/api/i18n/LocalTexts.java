package se.samverka.platform.api.i18n;

import java.util.Locale;

/**
 * The portal's merged bundles in one supported language, for what leaves the portal outside a Vaadin UI
 * (files, API answers): Swedish unless English is asked for.
 */
public record LocalTexts(Translations translations, Locale locale) {

    public LocalTexts {
        locale = Languages.supported(locale);
    }

    public String get(String key, Object... arguments) {
        return translations.get(locale, key, arguments);
    }
}
