package se.samverka.platform.core.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import se.samverka.platform.api.documents.DocumentRejectedException;
import se.samverka.platform.api.i18n.Languages;
import se.samverka.platform.api.i18n.Translations;
import se.samverka.platform.api.refusal.NotPermitted;
import se.samverka.platform.api.refusal.RecordNotFound;
import se.samverka.platform.api.refusal.Refusal;
import se.samverka.platform.api.refusal.StaleRecord;
import se.samverka.platform.api.refusal.TooLarge;
import se.samverka.platform.api.refusal.UnreadableBody;
import se.samverka.platform.api.refusal.UnreadableParameter;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The API's answers for what it refuses, platform and modules alike: {@code application/problem+json}
 * in the caller's language ({@code Content-Language} says which), with {@code code} (the message key)
 * and {@code field} when the refusal concerns one.
 *
 * <p>The status rule, for the whole API: 404 for what the caller may not see (another tenant, another
 * organisation's record, a module disabled for the tenant, a record that does not exist; all alike);
 * 403 for what they see but their role may not change; 409 for a change to a record changed since it
 * was read; 400 for a parameter that cannot be read; 413 for a file over the limit; 422 for any other
 * refused input; 503 for a document the storage did not take (nothing was stored).
 */
@Singleton
public class Problems {

    private final Translations translations;

    Problems(Translations translations) {
        this.translations = translations;
    }

    public static HttpStatus statusOf(Refusal refusal) {
        if (refusal instanceof RecordNotFound) {
            return HttpStatus.NOT_FOUND;
        }
        if (refusal instanceof NotPermitted) {
            return HttpStatus.FORBIDDEN;
        }
        if (refusal instanceof StaleRecord) {
            return HttpStatus.CONFLICT;
        }
        if (refusal instanceof UnreadableParameter || refusal instanceof UnreadableBody) {
            return HttpStatus.BAD_REQUEST;
        }
        if (refusal instanceof TooLarge || (refusal.getCause() instanceof DocumentRejectedException rejected
                && rejected.reason() == DocumentRejectedException.Reason.TOO_LARGE)) {
            return HttpStatus.REQUEST_ENTITY_TOO_LARGE;
        }
        if (refusal.getCause() instanceof DocumentRejectedException rejected
                && rejected.reason() == DocumentRejectedException.Reason.NOT_STORED) {
            return HttpStatus.SERVICE_UNAVAILABLE; // the storage's fault, not the request's
        }
        return HttpStatus.UNPROCESSABLE_ENTITY;
    }

    /** The refusal as the answer to the request. */
    public MutableHttpResponse<?> of(HttpRequest<?> request, Refusal refusal) {
        return write(HttpResponse.status(statusOf(refusal)), request, statusOf(refusal), refusal);
    }

    /**
     * The refusal written into an answer that already has its status and headers (e.g. Micronaut's for a
     * 405 with {@code Allow}), with the status given.
     */
    public MutableHttpResponse<?> write(MutableHttpResponse<?> response, HttpRequest<?> request, HttpStatus status, Refusal refusal) {
        Locale locale = Languages.of(request);
        Map<String, Object> problem = body(status, translations.message(refusal, locale), refusal.messageKey(), request.getPath());
        refusal.field().ifPresent(field -> problem.put("field", refusal instanceof UnreadableParameter ? field : pointer(field)));
        if (refusal instanceof StaleRecord stale) {
            stale.changedBy().ifPresent(by -> problem.put("changedBy", by));
            stale.changedAt().ifPresent(at -> problem.put("changedAt", at.toString()));
        }
        return response.status(status).contentType(MediaType.APPLICATION_JSON_PROBLEM_TYPE)
                .header("Content-Language", locale.getLanguage()).body(problem);
    }

    /**
     * A field as a JSON pointer into the request's JSON ({@code period.end} is {@code /period/end},
     * {@code parties[1].name} is {@code /parties/1/name}); the field of an {@link UnreadableParameter} is the
     * query or path parameter's name.
     */
    static String pointer(String field) {
        if (field.startsWith("/") || field.isEmpty()) {
            return field;
        }
        return "/" + field.replace("~", "~0").replace("/", "~1").replaceAll("\\[(\\d+)]", ".$1").replace('.', '/');
    }

    /** "Not found" for a path the caller may not see, in their language. */
    public MutableHttpResponse<?> notFound(HttpRequest<?> request) {
        return notFound(HttpResponse.status(HttpStatus.NOT_FOUND), request);
    }

    /** "Not found" written into an answer that already has its headers. */
    public MutableHttpResponse<?> notFound(MutableHttpResponse<?> response, HttpRequest<?> request) {
        Locale locale = Languages.of(request);
        return response.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON_PROBLEM_TYPE)
                .header("Content-Language", locale.getLanguage()).body(body(HttpStatus.NOT_FOUND,
                        translations.get(locale, "refusal.nothing-here"), RecordNotFound.KEY, request.getPath()));
    }

    /** Any other status with a translated detail, e.g. 503 while Keycloak does not answer. */
    public MutableHttpResponse<?> of(HttpRequest<?> request, HttpStatus status, String messageKey, Object... arguments) {
        Locale locale = Languages.of(request);
        return respond(status, locale, body(status, translations.get(locale, messageKey, arguments), messageKey, request.getPath()));
    }

    private static Map<String, Object> body(HttpStatus status, String detail, String code, String instance) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReason());
        problem.put("status", status.getCode());
        problem.put("detail", detail);
        problem.put("code", code);
        problem.put("instance", instance);
        return problem;
    }

    private static MutableHttpResponse<?> respond(HttpStatus status, Locale locale, Map<String, Object> problem) {
        return HttpResponse.status(status).contentType(MediaType.APPLICATION_JSON_PROBLEM_TYPE)
                .header("Content-Language", locale.getLanguage()).body(problem);
    }
}
