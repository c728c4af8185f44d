package se.samverka.platform.core.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The platform's own messages outside Vaadin (plain error pages); Swedish first, English second. */
public final class Messages {

    public static final Locale SWEDISH = Locale.forLanguageTag("sv");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> LOCALES = List.of(SWEDISH, ENGLISH);
    static final String PLATFORM_BUNDLE = "i18n.platform";

    private Messages() {
    }

    public static String get(Locale locale, String key, Object... params) {
        try {
            String pattern = ResourceBundle.getBundle(PLATFORM_BUNDLE, supported(locale), NoFallback.INSTANCE).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, locale).format(params);
        } catch (MissingResourceException e) {
            return "!" + key;
        }
    }

    /** Swedish unless the locale asks for English. */
    public static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : SWEDISH;
    }

    /** The first supported language of an Accept-Language header; Swedish by default. */
    public static Locale preferredLocale(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return SWEDISH;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                String language = range.getRange().split("-")[0];
                if ("sv".equals(language)) {
                    return SWEDISH;
                }
                if ("en".equals(language)) {
                    return ENGLISH;
                }
            }
        } catch (IllegalArgumentException malformed) {
            return SWEDISH;
        }
        return SWEDISH;
    }

    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Bundles are per language with no fallback to the JVM's default locale. */
    static final class NoFallback extends ResourceBundle.Control {
        static final NoFallback INSTANCE = new NoFallback();

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return null;
        }

        @Override
        public List<String> getFormats(String baseName) {
            return FORMAT_PROPERTIES;
        }
    }
}
