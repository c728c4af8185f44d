package se.samverka.agreements.export;

import se.samverka.agreements.api.ApiLanguage;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The module's texts for what leaves the portal (files, API answers) outside a Vaadin UI: Swedish
 * unless English is asked for, from the same bundles as the views.
 */
public final class Labels {

    private final Locale locale;
    private final ResourceBundle bundle;

    private Labels(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("i18n.agreements", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** English when the locale's language is English, else Swedish (the portal's first language). */
    public static Labels of(Locale requested) {
        return new Labels(ApiLanguage.of(requested));
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return new MessageFormat(pattern, locale).format(arguments);
    }
}
