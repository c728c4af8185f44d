package se.samverka.agreements.export;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import se.samverka.agreements.shared.NotPermitted;
import se.samverka.agreements.shared.RecordNotFound;
import se.samverka.agreements.shared.Refusal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A refusal as {@code application/problem+json} in the caller's language (Accept-Language, sv
 * unless en): a record that is not there or not visible is 404, a role that may not act 403, bad
 * input 400 (or the status given).
 */
public final class Problems {

    private Problems() {
    }

    public static MutableHttpResponse<Map<String, Object>> of(HttpRequest<?> request, Refusal refusal) {
        HttpStatus status = refusal instanceof RecordNotFound ? HttpStatus.NOT_FOUND
                : refusal instanceof NotPermitted ? HttpStatus.FORBIDDEN : HttpStatus.BAD_REQUEST;
        return of(request, refusal, status);
    }

    public static MutableHttpResponse<Map<String, Object>> of(HttpRequest<?> request, Refusal refusal, HttpStatus status) {
        Locale locale = Labels.fromAcceptLanguage(request.getHeaders().get(HttpHeaders.ACCEPT_LANGUAGE));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", status.getReason());
        body.put("status", status.getCode());
        body.put("detail", refusal.message(locale));
        body.put("code", refusal.messageKey());
        body.put("instance", request.getPath());
        return HttpResponse.<Map<String, Object>>status(status).contentType(MediaType.APPLICATION_JSON_PROBLEM_TYPE)
                .header("Content-Language", locale.getLanguage()).body(body);
    }
}
