package se.samverka.platform.core.security;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samverka.platform.core.TestTenants;
import se.samverka.testkit.PortalTestServer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cross-site request forgery: what a browser sends when another page posts with the user's cookie,
 * on tenant hosts of a real domain (sibling sub-domains of one domain are the same "site", so
 * SameSite=Lax lets the cookie through; on localhost a browser would hide the problem).
 */
class SameOriginTest {

    static final String HOST = "orust.samverka.example";
    static final String SIBLING = "https://almhult.samverka.example";
    static final String MODULE = "/api/v1/tenants/tenant-a/modules/alpha";

    static PortalTestServer portal;
    static String admin;
    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() throws Exception {
        portal = TestTenants.startPortal();
        admin = signIn("admin.tenant-a");
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    @Test
    void aSiblingTenantsPageCannotChangeAnythingWithTheUsersCookie() throws Exception {
        HttpResponse<String> forged = send(put(admin, "{\"enabled\":false}").header("Origin", SIBLING)
                .header("Sec-Fetch-Site", "same-site"));
        HttpResponse<String> english = send(put(admin, "{\"enabled\":false}").header("Origin", SIBLING)
                .header("Accept-Language", "en"));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(forged.body()).contains("\"code\":\"security.cross-origin\"").contains("en annan webbplats")
                .doesNotContain("Exception").doesNotContain("se.samverka");
        assertThat(english.statusCode()).isEqualTo(403);
        assertThat(english.body()).contains("another website");
        assertThat(moduleEnabled()).as("nothing changed").isTrue();
    }

    @Test
    void aCrossSiteFormOrUploadWithoutOriginIsRefusedBySecFetchSite() throws Exception {
        // a simple request: no Content-Type (a JSON body a form can send), as an old browser without Origin would
        HttpResponse<String> noType = send(HttpRequest.newBuilder(URI.create(portal.uri() + MODULE)).header("Host", HOST)
                .header("Cookie", admin).header("Sec-Fetch-Site", "cross-site")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"enabled\":false}")));
        HttpResponse<String> multipart = send(HttpRequest.newBuilder(URI.create(portal.uri() + "/api/v1/tenants/tenant-a/alpha/notes"))
                .header("Host", HOST).header("Cookie", admin).header("Origin", "null")
                .header("Content-Type", "multipart/form-data; boundary=x")
                .POST(HttpRequest.BodyPublishers.ofString("--x--\r\n")));

        assertThat(noType.statusCode()).isEqualTo(403);
        assertThat(multipart.statusCode()).isEqualTo(403);
        assertThat(moduleEnabled()).isTrue();
    }

    @Test
    void thePortalsOwnPagesAndScriptsAreNotHeldBack() throws Exception {
        HttpResponse<String> ownPage = send(put(admin, "{\"enabled\":true}").header("Origin", "https://" + HOST)
                .header("Sec-Fetch-Site", "same-origin"));
        HttpResponse<String> withPort = send(put(admin, "{\"enabled\":true}").setHeader("Host", "orust.samverka.example:8443")
                .header("Origin", "https://orust.samverka.example:8443"));
        HttpResponse<String> script = send(put(admin, "{\"enabled\":true}")); // neither header: not a browser
        HttpResponse<String> basic = send(HttpRequest.newBuilder(URI.create(portal.uri() + MODULE)).header("Host", HOST)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin.tenant-a:demo".getBytes()))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{\"enabled\":true}")));

        assertThat(ownPage.statusCode()).isEqualTo(200);
        assertThat(withPort.statusCode()).as(withPort.body()).isEqualTo(200);
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(basic.statusCode()).isEqualTo(200);
    }

    @Test
    void aBearerTokenIsNotCheckedSinceNoBrowserAddsOne() throws Exception {
        String token = admin.substring(admin.indexOf('=') + 1);
        HttpResponse<String> bearer = send(HttpRequest.newBuilder(URI.create(portal.uri() + MODULE)).header("Host", HOST)
                .header("Authorization", "Bearer " + token).header("Origin", SIBLING)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{\"enabled\":true}")));

        assertThat(bearer.statusCode()).isEqualTo(200);
    }

    @Test
    void signingInFromAnotherSiteIsRefused() throws Exception {
        HttpResponse<String> login = send(HttpRequest.newBuilder(URI.create(portal.uri() + "/auth/login")).header("Host", HOST)
                .header("Origin", SIBLING).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=officer.tenant-a&password=demo")));
        HttpResponse<String> logout = send(HttpRequest.newBuilder(URI.create(portal.uri() + "/auth/logout")).header("Host", HOST)
                .header("Cookie", admin).header("Origin", SIBLING).header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(login.statusCode()).isEqualTo(403);
        assertThat(login.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("samverka_session=ey"));
        assertThat(logout.statusCode()).isEqualTo(403);
        assertThat(moduleEnabled()).as("the admin's session still works").isTrue();
    }

    private static boolean moduleEnabled() throws Exception {
        HttpResponse<String> notes = send(HttpRequest.newBuilder(URI.create(portal.uri() + "/api/v1/tenants/tenant-a/alpha/notes"))
                .header("Cookie", admin).GET());
        return notes.statusCode() == 200;
    }

    private static HttpRequest.Builder put(String cookie, String json) {
        return HttpRequest.newBuilder(URI.create(portal.uri() + MODULE)).header("Host", HOST).header("Cookie", cookie)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String signIn(String username) throws Exception {
        HttpResponse<String> login = send(HttpRequest.newBuilder(URI.create(portal.uri() + "/auth/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=demo")));
        return login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("samverka_session="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
    }
}
