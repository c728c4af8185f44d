package se.samverka.platform.core.i18n;

import se.samverka.platform.api.i18n.Languages;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The platform's own messages outside Vaadin (plain error pages); Swedish first, English second. */
public final class Messages {

    public static final Locale SWEDISH = Languages.SWEDISH;
    public static final Locale ENGLISH = Languages.ENGLISH;
    public static final List<Locale> LOCALES = Languages.OFFERED;
    static final String PLATFORM_BUNDLE = "i18n.platform";

    private Messages() {
    }

    public static String get(Locale locale, String key, Object... params) {
        try {
            String pattern = ResourceBundle.getBundle(PLATFORM_BUNDLE, supported(locale), NoFallback.INSTANCE).getString(key);
            return new MessageFormat(pattern, supported(locale)).format(params);
        } catch (MissingResourceException e) {
            return "!" + key;
        }
    }

    /** Swedish unless the locale asks for English ({@link Languages#supported}). */
    public static Locale supported(Locale locale) {
        return Languages.supported(locale);
    }

    /** The first supported language of an Accept-Language header; Swedish by default ({@link Languages#preferred}). */
    public static Locale preferredLocale(String acceptLanguage) {
        return Languages.preferred(acceptLanguage);
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
