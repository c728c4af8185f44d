package se.samverka.agreements.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;

import java.util.List;
import java.util.Locale;

/**
 * The language of what the module answers over HTTP (problem details, exported files): Swedish
 * unless the caller prefers English. The one place that reads Accept-Language, so that a refusal
 * and a download speak the same language for the same request.
 */
public final class ApiLanguage {

    public static final Locale SWEDISH = Locale.forLanguageTag("sv");
    private static final List<Locale> OFFERED = List.of(SWEDISH, Locale.ENGLISH);

    private ApiLanguage() {
    }

    /** The first of Swedish and English in the caller's Accept-Language order; Swedish without one. */
    public static Locale of(HttpRequest<?> request) {
        String header = request.getHeaders().get(HttpHeaders.ACCEPT_LANGUAGE);
        if (header == null || header.isBlank()) {
            return SWEDISH;
        }
        try {
            Locale best = Locale.lookup(Locale.LanguageRange.parse(header), OFFERED);
            return best == null ? SWEDISH : best;
        } catch (IllegalArgumentException malformed) {
            return SWEDISH; // a malformed header is no reason to refuse the request
        }
    }

    /**
     * A {@code lang} query parameter first (a link in a view carries the portal's language, which
     * the browser's header need not match), else {@link #of(HttpRequest)}.
     */
    public static Locale of(HttpRequest<?> request, @Nullable String lang) {
        if (lang == null || lang.isBlank()) {
            return of(request);
        }
        return of(Locale.forLanguageTag(lang.trim()));
    }

    /** English when the locale's language is English, else Swedish (the portal's first language). */
    public static Locale of(@Nullable Locale requested) {
        return requested != null && "en".equals(requested.getLanguage()) ? Locale.ENGLISH : SWEDISH;
    }
}
