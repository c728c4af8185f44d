package se.samverka.platform.api.module;

import java.util.Locale;
import java.util.Objects;

/** A short text in the portal's two languages: Swedish first, English second. */
public record LocalizedText(String sv, String en) {

    public LocalizedText {
        Objects.requireNonNull(sv, "sv");
        Objects.requireNonNull(en, "en");
    }

    /** The text in the locale's language; Swedish unless the locale is English. */
    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : sv;
    }
}
