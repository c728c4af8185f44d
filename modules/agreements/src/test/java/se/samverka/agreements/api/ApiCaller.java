package se.samverka.agreements.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import se.samverka.agreements.TestPortal;
import se.samverka.platform.api.security.CurrentUser.PortalUser;
import se.samverka.platform.core.security.Claims;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/**
 * Calls the module's API over real HTTP as a given user. Demo users are off in the module's test
 * portal, so the user gets a session cookie signed by the portal itself, exactly what the sign-in
 * (embedded or Keycloak) would give them: any role, tenants and organisation a test needs.
 */
final class ApiCaller {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    private final PortalUser user;
    private final String language;

    private ApiCaller(PortalUser user, String language) {
        this.user = user;
        this.language = language;
    }

    static ApiCaller as(PortalUser user) {
        return new ApiCaller(user, null);
    }

    /** The same caller asking for messages in this language (Accept-Language). */
    ApiCaller speaking(String acceptLanguage) {
        return new ApiCaller(user, acceptLanguage);
    }

    Answer get(String path) {
        return call("GET", path, null);
    }

    Answer post(String path, Object body) {
        return call("POST", path, body);
    }

    Answer put(String path, Object body) {
        return call("PUT", path, body);
    }

    Answer delete(String path) {
        return call("DELETE", path, null);
    }

    Answer call(String method, String path, Object body) {
        try {
            String json = body == null ? null : body instanceof String raw ? raw : JSON.writeValueAsString(body);
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(TestPortal.shared().uri() + path))
                    .header("Cookie", "samverka_session=" + token())
                    .header("Accept", "application/json")
                    .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
            if (json != null) {
                request.header("Content-Type", "application/json");
            }
            if (language != null) {
                request.header("Accept-Language", language);
            }
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(method + " " + path, response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String token() {
        Authentication authentication = Authentication.build(user.username(), user.roles(),
                Claims.attributes(user.displayName(), user.tenants(), user.organisation()));
        return TestPortal.bean(AccessRefreshTokenGenerator.class).generate(authentication).orElseThrow().getAccessToken();
    }

    /** An answer: status, content type and body, parsed on demand. */
    record Answer(String request, int status, String contentType, String body) {

        Map<String, Object> json() {
            return parse(Map.class);
        }

        List<Map<String, Object>> list() {
            return parse(List.class);
        }

        /** The items of a paged list. */
        List<Map<String, Object>> items() {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> items = (List<Map<String, Object>>) json().get("items");
            return items;
        }

        long id() {
            return ((Number) json().get("id")).longValue();
        }

        long version() {
            return ((Number) json().get("version")).longValue();
        }

        @SuppressWarnings("unchecked")
        private <T> T parse(Class<?> type) {
            try {
                return (T) JSON.readValue(body, type);
            } catch (JsonProcessingException e) {
                throw new AssertionError(request + " answered " + status + " with no JSON: " + body, e);
            }
        }

        @Override
        public String toString() {
            return request + " → " + status + " " + body;
        }
    }
}
