package se.samverka.platform.core.security;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samverka.platform.core.TestTenants;
import se.samverka.testkit.PortalTestServer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded sign-in over HTTP: the session cookie, redirects, throttling, sign-out, hosts. */
class SignInTest {

    static PortalTestServer portal;
    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() {
        // the test's requests come through a "proxy" on 127.0.0.1, so X-Forwarded-For names the client
        portal = PortalTestServer.start(TestTenants.FOLDER, Map.of("samverka.login-throttle.per-client-and-name.free-failures", 3,
                "samverka.trusted-proxies", "127.0.0.1"));
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    @Test
    void signingInSetsTheSignedSessionCookieAndReturnsToTheTarget() throws Exception {
        HttpResponse<String> response = login("officer.tenant-a", "demo", "/admin/audit");

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/admin/audit");
        String cookie = sessionCookie(response);
        assertThat(cookie).startsWith("samverka_session=ey");
        assertThat(response.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("samverka_session="))
                .singleElement().satisfies(c -> assertThat(c).containsIgnoringCase("HttpOnly").contains("SameSite=Lax"));

        HttpResponse<String> me = HTTP.send(HttpRequest.newBuilder(portal.uri().resolve("/api/v1/me"))
                .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"username\":\"officer.tenant-a\"");
    }

    @Test
    void aModulesPartnerDemoUserSignsInWithItsOrganisation() throws Exception {
        HttpResponse<String> me = HTTP.send(HttpRequest.newBuilder(portal.uri().resolve("/api/v1/me"))
                .header("Cookie", sessionCookie(login("partner.alpha", "demo", null))).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(me.body()).contains("\"roles\":[\"partner\"]").contains("\"organisation\":\"alpha-org\"")
                .contains("\"memberships\":[{\"id\":\"tenant-a\"").doesNotContain("no-such-tenant");
    }

    @Test
    void theReturnTargetMustBeALocalPath() throws Exception {
        HttpResponse<String> response = login("officer.tenant-b", "demo", "//evil.example/phish");

        assertThat(response.headers().firstValue("Location")).hasValue("/");
    }

    @Test
    void aWrongPasswordReturnsToTheLoginPageWithTheReason() throws Exception {
        HttpResponse<String> response = login("reader.tenant-a", "wrong", null);

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/login?error=credentials");
        assertThat(response.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("samverka_session=ey"));
    }

    @Test
    void repeatedWrongPasswordsMakeThatClientWaitWithoutLockingTheName() throws Exception {
        for (int i = 0; i < 3; i++) {
            login("reader.tenant-b", "wrong" + i, null, "198.51.100.7");
        }
        HttpResponse<String> fourth = login("reader.tenant-b", "wrong", null, "198.51.100.7");
        assertThat(fourth.headers().firstValue("Location")).hasValue("/login?error=credentials");
        Thread.sleep(1_100); // the first wait (1 s) is over: the fifth is looked at, and doubles the wait to 2 s
        assertThat(login("reader.tenant-b", "wrong", null, "198.51.100.7").headers().firstValue("Location"))
                .hasValue("/login?error=credentials");

        // the sixth comes before the wait is over: refused without looking at the password, with the seconds to wait
        HttpResponse<String> early = login("reader.tenant-b", "demo", null, "198.51.100.7");
        assertThat(early.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).matches("/login\\?error=throttled&wait=[12]"));
        HttpResponse<String> basic = HTTP.send(HttpRequest.newBuilder(portal.uri().resolve("/api/v1/me"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("reader.tenant-b:demo".getBytes()))
                .header("X-Forwarded-For", "198.51.100.7").header("Accept-Language", "en")
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(basic.statusCode()).isEqualTo(429);
        assertThat(basic.headers().firstValue("Retry-After")).hasValueSatisfying(v -> assertThat(v).matches("[12]"));
        assertThat(basic.body()).contains("\"code\":\"login.throttled.api\"").containsPattern("Try again in [12] seconds");

        // the owner of the name, elsewhere, is not held back by the guesser
        assertThat(login("reader.tenant-b", "demo", null, "203.0.113.9").headers().firstValue("Location")).hasValue("/");
        // and after the wait the guesser's own right password works too
        Thread.sleep(2_100);
        assertThat(login("reader.tenant-b", "demo", null, "198.51.100.7").headers().firstValue("Location")).hasValue("/");
    }

    @Test
    void aForgedCookieIsNotASession() throws Exception {
        String forged = "samverka_session=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJwbGF0Zm9ybSIsInJvbGVzIjpbInBsYXRmb3JtLWFkbWluIl19.AAAA";
        HttpResponse<String> me = HTTP.send(HttpRequest.newBuilder(portal.uri().resolve("/api/v1/me"))
                .header("Cookie", forged).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(me.statusCode()).isEqualTo(401);
    }

    @Test
    void signingOutEndsTheSessionNotOnlyTheCookie() throws Exception {
        String cookie = sessionCookie(login("officer.tenant-c", "demo", null));
        assertThat(me(cookie)).isEqualTo(200);

        HttpResponse<String> logout = HTTP.send(HttpRequest.newBuilder(portal.uri().resolve("/auth/logout"))
                .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(logout.statusCode()).isIn(302, 303);
        assertThat(logout.headers().firstValue("Location")).hasValue("/login?logout");
        assertThat(logout.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("samverka_session=;") || c.contains("Max-Age=0"));
        // the same cookie, kept by someone who copied it, is no session any more
        assertThat(me(cookie)).isEqualTo(401);
    }

    @Test
    void signingOutTakesAPostOnly() throws Exception {
        String cookie = sessionCookie(login("officer.tenant-c", "demo", null));

        HttpResponse<String> get = HTTP.send(HttpRequest.newBuilder(portal.uri().resolve("/auth/logout"))
                .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(get.statusCode()).isNotIn(200, 302, 303);
        assertThat(me(cookie)).as("a link or an image cannot sign anybody out").isEqualTo(200);
    }

    @Test
    void aTargetWithASpaceOrNonAsciiLandsOnItEncoded() throws Exception {
        // the browser's own form of /auth/login?next=%2Fagreements%3Fq%3DJunis+G%C3%B6teborg
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                        URI.create(portal.uri() + "/auth/login?next=%2Fagreements%3Fq%3DJunis+G%C3%B6teborg"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=officer.tenant-a&password=demo")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/agreements?q=Junis%20G%C3%B6teborg");
        assertThat(URI.create(response.headers().firstValue("Location").orElseThrow()).getQuery()).isEqualTo("q=Junis Göteborg");
    }

    @Test
    void theTargetKeptInACookieForTheWayThroughKeycloakMayHoldSpacesAndNonAscii() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(portal.uri() + "/auth/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", PortalLoginHandler.NEXT_COOKIE + "=" + PortalLoginHandler.nextCookieValue("/agreements?q=Junis Göteborg"))
                .POST(HttpRequest.BodyPublishers.ofString("username=officer.tenant-a&password=demo")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.headers().firstValue("Location")).hasValue("/agreements?q=Junis%20G%C3%B6teborg");
        assertThat(response.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith(PortalLoginHandler.NEXT_COOKIE + "=;")
                || c.startsWith(PortalLoginHandler.NEXT_COOKIE + "=") && c.contains("Max-Age=0"));
    }

    @Test
    void aTargetWithAControlCharacterOrAnotherHostGoesToTheStartPage() throws Exception {
        for (String next : new String[]{"/agreements\u0000", "/a\tb", "/\\evil.example", "https://evil.example/", "/%zz",
                "/ok\r\nSet-Cookie: x=y"}) {
            HttpResponse<String> response = login("officer.tenant-a", "demo", next);
            assertThat(response.statusCode()).as(next).isEqualTo(303);
            assertThat(response.headers().firstValue("Location")).as(next).hasValue("/");
        }
    }

    @Test
    void aHostThatBelongsToNoTenantAnswersATranslated404() throws Exception {
        HttpResponse<String> sv = HTTP.send(HttpRequest.newBuilder(portal.uri().resolve("/")).header("Host", "okand.example")
                .build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> en = HTTP.send(HttpRequest.newBuilder(portal.uri().resolve("/")).header("Host", "unknown.example")
                .header("Accept-Language", "en-GB,en;q=0.8").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(sv.statusCode()).isEqualTo(404);
        assertThat(sv.body()).contains("Sidan hittades inte").doesNotContain("Exception");
        assertThat(en.statusCode()).isEqualTo(404);
        assertThat(en.body()).contains("Page not found");
    }

    @Test
    void aTenantsHostLetsAUserWhoIsNotAMemberIntoThePortalsShellWithoutTheTenant() throws Exception {
        String cookie = sessionCookie(login("officer.tenant-a", "demo", null));

        HttpResponse<String> other = HTTP.send(HttpRequest.newBuilder(portal.uri().resolve("/")).header("Host", "b.test.localhost")
                .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> own = HTTP.send(HttpRequest.newBuilder(portal.uri().resolve("/")).header("Host", "a.test.localhost")
                .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString());

        // past the filter, as on the user's own tenant's host: Vaadin answers, and its shell says "not a member"
        // (ShellWayOnTest); the core's tests run without the production bundle, so not 200
        assertThat(other.statusCode()).isEqualTo(own.statusCode());
        assertThat(other.body()).doesNotContain("inte medlem i den här organisationen").doesNotContain("hör inte till någon organisation");
        assertThat(own.body()).doesNotContain("inte medlem").doesNotContain("hör inte till någon organisation");
    }

    private static HttpResponse<String> login(String user, String password, String next) throws IOException, InterruptedException {
        return login(user, password, next, "192.0.2.1");
    }

    /** A sign-in from this client address (told by X-Forwarded-For, as the ingress does). */
    private static HttpResponse<String> login(String user, String password, String next, String client)
            throws IOException, InterruptedException {
        String query = next == null ? "" : "?next=" + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8);
        return HTTP.send(HttpRequest.newBuilder(URI.create(portal.uri() + "/auth/login" + query))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Forwarded-For", client)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int me(String cookie) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(portal.uri().resolve("/api/v1/me")).header("Cookie", cookie).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("samverka_session="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
    }
}
