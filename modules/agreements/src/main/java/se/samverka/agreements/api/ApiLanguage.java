package se.samverka.agreements.api;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;

import java.util.List;
import java.util.Locale;

/** The language of the API's messages: Swedish unless the caller's Accept-Language prefers English. */
final class ApiLanguage {

    static final Locale SWEDISH = Locale.forLanguageTag("sv");
    private static final List<Locale> OFFERED = List.of(SWEDISH, Locale.ENGLISH);

    private ApiLanguage() {
    }

    static Locale of(HttpRequest<?> request) {
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
}
