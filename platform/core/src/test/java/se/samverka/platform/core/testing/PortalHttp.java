package se.samverka.platform.core.testing;

import se.samverka.platform.api.security.CurrentUser.PortalUser;
import se.samverka.testkit.PortalTestServer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Real HTTP against a test portal as a given user, for what a browser fetches (downloads, uploads, raw
 * answers): the user's {@link SignedSession}, so every call goes the way a browser's link does (cookie,
 * then the tenant filter, then the controller). JSON calls: {@link ApiCaller}.
 */
public final class PortalHttp {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final PortalTestServer portal;
    private final String cookie;

    private PortalHttp(PortalTestServer portal, String cookie) {
        this.portal = portal;
        this.cookie = cookie;
    }

    public static PortalHttp as(PortalTestServer portal, PortalUser user) {
        return new PortalHttp(portal, SignedSession.cookie(portal, user));
    }

    /** Nobody signed in. */
    public static PortalHttp anonymous(PortalTestServer portal) {
        return new PortalHttp(portal, null);
    }

    /** The same user on another instance (same signing secret, as replicas share it). */
    public PortalHttp on(PortalTestServer other) {
        return new PortalHttp(other, cookie);
    }

    public HttpResponse<byte[]> get(String path) {
        return get(path, null);
    }

    public HttpResponse<byte[]> get(String path, String acceptLanguage) {
        HttpRequest.Builder request = request(path).GET();
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return send(request);
    }

    public HttpResponse<byte[]> delete(String path) {
        return send(request(path).DELETE());
    }

    /** A multipart upload with the parts {@code kind} and {@code file}. */
    public HttpResponse<byte[]> upload(String path, String kind, String filename, byte[] content, String acceptLanguage) {
        String boundary = "----samverka" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n" + kind + "\r\n");
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        body.writeBytes(content);
        write(body, "\r\n--" + boundary + "--\r\n");
        HttpRequest.Builder request = request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return send(request);
    }

    public static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(portal.uri() + path));
        if (cookie != null) {
            builder.header("Cookie", cookie);
        }
        return builder;
    }

    private static HttpResponse<byte[]> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
