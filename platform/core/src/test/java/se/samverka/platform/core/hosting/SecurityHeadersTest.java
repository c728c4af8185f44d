package se.samverka.platform.core.hosting;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samverka.platform.core.TestTenants;
import se.samverka.platform.core.testing.SignedSession;
import se.samverka.platform.core.testing.TestUsers;
import se.samverka.testkit.PortalTestServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The security headers on what the real portal serves: Vaadin's pages and Micronaut's API answers alike,
 * refusals and Tomcat's own error pages included; HSTS only over https (the ingress says so), no-store
 * on API answers with personal data, no server version anywhere.
 */
class SecurityHeadersTest {

    static PortalTestServer portal;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        portal = TestTenants.startPortal();
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    @Test
    void aUiPageCarriesTheContentSecurityPolicyAndTheFramingSniffingAndReferrerHeaders() {
        // a page the Vaadin side serves without the production bundle (core has none; the app's browser
        // tests load the real views under this policy): the translated page of a host of no tenant
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/login")).header("Host", "elsewhere.example").GET());

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertBrowserHeaders(page.headers());
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'").contains("frame-ancestors 'none'").contains("object-src 'none'")
                .contains("script-src 'self' 'unsafe-inline' 'unsafe-eval'"));
        assertThat(page.headers().firstValue("Strict-Transport-Security")).as("plain http").isEmpty();
    }

    @Test
    void apiAnswersWithPersonalDataAreNotStoredByCachesButTheOpenApiDocumentMayBe() {
        HttpResponse<String> me = get("/api/v1/me", SignedSession.cookie(portal, TestUsers.officer("tenant-a")));
        HttpResponse<String> users = get("/api/v1/tenants/tenant-a/users", SignedSession.cookie(portal, TestUsers.admin("tenant-a")));
        HttpResponse<String> refused = get("/api/v1/tenants/tenant-a/users", null);

        for (HttpResponse<String> answer : List.of(me, users, refused)) {
            assertThat(answer.headers().firstValue("Cache-Control")).as(answer.uri().getPath()).hasValue("no-store");
            assertBrowserHeaders(answer.headers());
        }
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(users.statusCode()).as(users.body()).isEqualTo(200);
        assertThat(refused.statusCode()).isEqualTo(401);
        HttpResponse<String> openApi = get("/api/openapi/samverka-api.yml", null);
        assertThat(openApi.statusCode()).isEqualTo(200);
        assertThat(openApi.headers().firstValue("Cache-Control").orElse("")).doesNotContain("no-store");
    }

    @Test
    void hstsIsSentWhenTheIngressSaysTheRequestCameOverHttps() {
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/login")).header("X-Forwarded-Proto", "https").GET());
        HttpResponse<String> api = send(HttpRequest.newBuilder(uri("/api/v1/me")).header("X-Forwarded-Proto", "https").GET());

        assertThat(page.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000; includeSubDomains");
        assertThat(api.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000; includeSubDomains");
    }

    @Test
    void tomcatsOwnErrorPageNamesNoServerAndShowsNoReport() throws IOException {
        // a request line Tomcat refuses before any servlet: its error valve (ProblemErrorPages) answers
        String answer = raw("GET /%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400");
        assertThat(answer.toLowerCase()).doesNotContain("tomcat").doesNotContain("server:").doesNotContain("exception");
    }

    @Test
    void noAnswerNamesTheServer() {
        for (String path : List.of("/api/v1/me", "/api/nothing-here", "/health", "/VAADIN/nothing.js")) {
            HttpResponse<String> answer = get(path, null);
            assertThat(answer.headers().firstValue("Server")).as(path).isEmpty();
            assertThat(answer.headers().firstValue("X-Powered-By")).as(path).isEmpty();
            assertThat(answer.body().toLowerCase()).as(path).doesNotContain("tomcat");
        }
    }

    private static void assertBrowserHeaders(HttpHeaders headers) {
        assertThat(headers.firstValue("Content-Security-Policy")).isPresent();
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
    }

    private static HttpResponse<String> get(String path, String cookie) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return send(request);
    }

    private static URI uri(String path) {
        return URI.create(portal.uri() + path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String raw(String request) throws IOException {
        URI base = portal.uri();
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
