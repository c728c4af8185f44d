package se.samverka.agreements.export;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The module's texts for what leaves the portal (files, API answers) outside a Vaadin UI: Swedish
 * unless English is asked for, from the same bundles as the views.
 */
public final class Labels {

    public static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private final Locale locale;
    private final ResourceBundle bundle;

    private Labels(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("i18n.agreements", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** English when the locale's language is English, else Swedish (the portal's first language). */
    public static Labels of(Locale requested) {
        return new Labels(language(requested));
    }

    public static Locale language(Locale requested) {
        return requested != null && "en".equals(requested.getLanguage()) ? Locale.ENGLISH : SWEDISH;
    }

    /**
     * The language an {@code Accept-Language} header asks for among the two the portal speaks:
     * the first of Swedish and English in the caller's order of preference, Swedish without a header.
     */
    public static Locale fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return SWEDISH;
        }
        try {
            Locale chosen = Locale.lookup(Locale.LanguageRange.parse(header), java.util.List.of(SWEDISH, Locale.ENGLISH));
            return chosen == null ? SWEDISH : chosen;
        } catch (IllegalArgumentException malformed) {
            return SWEDISH;
        }
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return new MessageFormat(pattern, locale).format(arguments);
    }
}
