package se.samverka.platform.core.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import se.samverka.platform.api.security.CurrentUser.PortalUser;
import se.samverka.testkit.PortalTestServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/**
 * Calls a portal's JSON API over real HTTP as a given user, with the user's {@link SignedSession}: what an
 * integration or a script with a session does. Answers keep status, content type and body for assertions.
 */
public final class ApiCaller {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    public static final ObjectMapper JSON = new ObjectMapper();

    private final PortalTestServer portal;
    private final String cookie;
    private final String language;

    private ApiCaller(PortalTestServer portal, String cookie, String language) {
        this.portal = portal;
        this.cookie = cookie;
        this.language = language;
    }

    public static ApiCaller as(PortalTestServer portal, PortalUser user) {
        return new ApiCaller(portal, SignedSession.cookie(portal, user), null);
    }

    /** The same caller asking for messages in this language (Accept-Language). */
    public ApiCaller speaking(String acceptLanguage) {
        return new ApiCaller(portal, cookie, acceptLanguage);
    }

    public Answer get(String path) {
        return call("GET", path, null);
    }

    public Answer post(String path, Object body) {
        return call("POST", path, body);
    }

    public Answer put(String path, Object body) {
        return call("PUT", path, body);
    }

    public Answer delete(String path) {
        return call("DELETE", path, null);
    }

    public Answer call(String method, String path, Object body) {
        try {
            String json = body == null ? null : body instanceof String raw ? raw : JSON.writeValueAsString(body);
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(portal.uri() + path))
                    .header("Cookie", cookie)
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

    /** An answer: status, content type and body, parsed on demand. */
    public record Answer(String request, int status, String contentType, String body) {

        public Map<String, Object> json() {
            return parse(Map.class);
        }

        public List<Map<String, Object>> list() {
            return parse(List.class);
        }

        /** The items of a paged list. */
        public List<Map<String, Object>> items() {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> items = (List<Map<String, Object>>) json().get("items");
            return items;
        }

        public long id() {
            return ((Number) json().get("id")).longValue();
        }

        public long version() {
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
