package se.samverka.platform.api.i18n;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;

import java.util.List;
import java.util.Locale;

/**
 * The portal's languages, Swedish first and English second, and the one place that reads
 * {@code Accept-Language}: a refusal, a download and a platform error of the same request speak the
 * same language.
 */
public final class Languages {

    public static final Locale SWEDISH = Locale.forLanguageTag("sv");
    public static final Locale ENGLISH = Locale.ENGLISH;
    /** In the order the portal offers them. */
    public static final List<Locale> OFFERED = List.of(SWEDISH, ENGLISH);

    private Languages() {
    }

    /** English when the locale's language is English, else Swedish (the portal's first language). */
    public static Locale supported(@Nullable Locale requested) {
        return requested != null && "en".equals(requested.getLanguage()) ? ENGLISH : SWEDISH;
    }

    /** The first of Swedish and English in an Accept-Language header's order; Swedish without one. */
    public static Locale preferred(@Nullable String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return SWEDISH;
        }
        try {
            Locale best = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), OFFERED);
            return best == null ? SWEDISH : supported(best);
        } catch (IllegalArgumentException malformed) {
            return SWEDISH; // a malformed header is no reason to refuse the request
        }
    }

    /** The language of the answer to an HTTP request. */
    public static Locale of(HttpRequest<?> request) {
        return preferred(request.getHeaders().get(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /**
     * A {@code lang} query parameter first (a link in a view carries the portal's language, which the
     * browser's header need not match), else the request's Accept-Language.
     */
    public static Locale of(HttpRequest<?> request, @Nullable String lang) {
        if (lang == null || lang.isBlank()) {
            return of(request);
        }
        return supported(Locale.forLanguageTag(lang.trim()));
    }
}
