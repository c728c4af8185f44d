package se.samverka.agreements.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.swagger.v3.oas.annotations.Hidden;
import se.samverka.agreements.shared.NotPermitted;
import se.samverka.agreements.shared.RecordNotFound;
import se.samverka.agreements.shared.Refusal;
import se.samverka.agreements.shared.StaleRecord;
import se.samverka.platform.api.documents.DocumentRejectedException;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Every refusal of the module over HTTP (its API, documents and exports) as
 * application/problem+json in the caller's language: a record that does not exist or may not be
 * seen 404, a role that may not 403, a stale version 409 (saying who changed it and when), a file
 * over the size limit 413, a query parameter that cannot be read 400 (as Micronaut answers the
 * ones it binds), any other refused input 422. {@code code} is the message key, {@code field}
 * names the field when the refusal is about one. A global error route of Micronaut's (the module
 * compiles against the HTTP API only, not the server's exception handlers), so controllers simply
 * throw.
 */
@Controller
@Hidden
public class RefusalProblems {

    @Error(global = true, exception = Refusal.class)
    public HttpResponse<?> refused(HttpRequest<?> request, Refusal refusal) {
        HttpStatus status = statusOf(refusal);
        Locale locale = ApiLanguage.of(request);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReason());
        problem.put("status", status.getCode());
        problem.put("detail", refusal.message(locale));
        problem.put("code", refusal.messageKey());
        problem.put("instance", request.getPath());
        String field = RefusalFields.fieldOf(refusal);
        if (field != null) {
            problem.put("field", field);
        }
        if (refusal instanceof StaleRecord && refusal.arguments().size() >= 4) {
            problem.put("changedBy", String.valueOf(refusal.arguments().get(2)));
            problem.put("changedAt", String.valueOf(refusal.arguments().get(3)));
        }
        return HttpResponse.status(status).contentType(MediaType.APPLICATION_JSON_PROBLEM_TYPE)
                .header("Content-Language", locale.getLanguage()).body(problem);
    }

    static HttpStatus statusOf(Refusal refusal) {
        if (refusal instanceof RecordNotFound) {
            return HttpStatus.NOT_FOUND;
        }
        if (refusal instanceof NotPermitted) {
            return HttpStatus.FORBIDDEN;
        }
        if (refusal instanceof StaleRecord) {
            return HttpStatus.CONFLICT;
        }
        if (refusal instanceof UnreadableParameter) {
            return HttpStatus.BAD_REQUEST;
        }
        if (refusal.getCause() instanceof DocumentRejectedException rejected
                && rejected.reason() == DocumentRejectedException.Reason.TOO_LARGE) {
            return HttpStatus.REQUEST_ENTITY_TOO_LARGE;
        }
        return HttpStatus.UNPROCESSABLE_ENTITY;
    }
}
