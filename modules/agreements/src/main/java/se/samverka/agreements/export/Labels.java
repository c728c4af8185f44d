package se.samverka.agreements.export;

import se.samverka.platform.api.i18n.Languages;
import se.samverka.platform.api.i18n.Translations;

import java.util.Locale;

/**
 * The module's texts for what leaves the portal (files, API answers) outside a Vaadin UI, in one
 * language: Swedish unless English is asked for, from the portal's merged bundles.
 */
public final class Labels {

    private final Translations translations;
    private final Locale locale;

    Labels(Translations translations, Locale requested) {
        this.translations = translations;
        this.locale = Languages.supported(requested);
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key, Object... arguments) {
        return translations.get(locale, key, arguments);
    }
}
