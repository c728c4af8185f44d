package se.samverka.platform.core.security;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samverka.platform.api.security.CurrentUser.PortalUser;
import se.samverka.platform.api.security.Roles;
import se.samverka.platform.core.TestTenants;
import se.samverka.platform.core.testing.SignedSession;
import se.samverka.testkit.PortalTestServer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Server-side sessions on two instances sharing one database, as replicas run: sign-out on one ends the
 * session on the other at once, roles and memberships are read again from the directory, and the
 * servlet session (Vaadin's) never outlives the portal session it was made for.
 */
class SessionsTest {

    static PortalTestServer first;
    static PortalTestServer second;
    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() {
        // the first re-reads roles every second; the second only after the portal's user administration changed them
        first = PortalTestServer.start(TestTenants.FOLDER, Map.of("samverka.session.roles-refresh", "1s"));
        second = PortalTestServer.startOn(first.database(), TestTenants.FOLDER, Map.of("samverka.session.roles-refresh", "10m"));
    }

    @AfterAll
    static void stop() {
        second.close();
        first.close();
    }

    @Test
    void signingOutOnOneInstanceEndsTheSessionOnTheOtherAtOnce() throws Exception {
        String cookie = signIn(first, "officer.tenant-a");
        assertThat(me(second, cookie).statusCode()).isEqualTo(200);

        HttpResponse<String> logout = HTTP.send(HttpRequest.newBuilder(URI.create(first.uri() + "/auth/logout"))
                .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(logout.statusCode()).isIn(302, 303);

        assertThat(me(second, cookie).statusCode()).isEqualTo(401);
        assertThat(me(first, cookie).statusCode()).isEqualTo(401);
    }

    @Test
    void rolesAndMembershipsAreReadAgainFromTheDirectoryWithinTheInterval() throws Exception {
        // signed in as tenant administrator, but the directory (the demo users) now says case officer
        String cookie = SignedSession.signedIn(first, new PortalUser("officer.tenant-b", "Officer", Set.of(Roles.TENANT_ADMIN),
                List.of("tenant-b", "tenant-c"), Optional.empty()));
        assertThat(me(first, cookie).body()).contains("\"roles\":[\"tenant-admin\"]").contains("tenant-c");

        Thread.sleep(1_200);

        String me = me(first, cookie).body();
        assertThat(me).contains("\"roles\":[\"case-officer\"]").doesNotContain("tenant-c");
        assertThat(me(second, cookie).body()).as("the other instance reads the same session").contains("\"roles\":[\"case-officer\"]");
    }

    @Test
    void aUserTheDirectoryNoLongerKnowsIsSignedOut() throws Exception {
        String cookie = SignedSession.signedIn(first, new PortalUser("officer.gone", "Gone", Set.of(Roles.CASE_OFFICER), List.of("tenant-a"),
                Optional.empty()));
        assertThat(me(first, cookie).statusCode()).isEqualTo(200);

        Thread.sleep(1_200);

        assertThat(me(first, cookie).statusCode()).isEqualTo(401);
        assertThat(me(second, cookie).statusCode()).isEqualTo(401);
    }

    @Test
    void aChangeInThePortalsUserAdministrationCountsAtTheNextRequest() throws Exception {
        String cookie = SignedSession.signedIn(second, new PortalUser("reader.tenant-c", "Reader", Set.of(Roles.TENANT_ADMIN), List.of("tenant-c"),
                Optional.empty()));
        assertThat(me(second, cookie).body()).contains("\"roles\":[\"tenant-admin\"]");

        second.bean(PortalSessions.class).rolesChanged("reader.tenant-c"); // what TenantUsers does after a change

        assertThat(me(second, cookie).body()).contains("\"roles\":[\"reader\"]");
    }

    @Test
    void signingInGivesTheServletSessionANewId() throws Exception {
        String before = servletSessionOf(HTTP.send(HttpRequest.newBuilder(URI.create(first.uri() + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()));

        HttpResponse<String> login = HTTP.send(HttpRequest.newBuilder(URI.create(first.uri() + "/auth/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "JSESSIONID=" + before)
                .POST(HttpRequest.BodyPublishers.ofString("username=admin.tenant-a&password=demo")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(login.statusCode()).isEqualTo(303);
        assertThat(servletSessionOf(login)).isNotEqualTo(before);
    }

    @Test
    void aServletSessionEndsWithThePortalSessionItWasMadeFor() throws Exception {
        String cookie = signIn(first, "reader.tenant-a");
        String servlet = servletSessionOf(HTTP.send(HttpRequest.newBuilder(URI.create(first.uri() + "/")).header("Cookie", cookie)
                .build(), HttpResponse.BodyHandlers.ofString()));
        HttpResponse<String> same = HTTP.send(HttpRequest.newBuilder(URI.create(first.uri() + "/"))
                .header("Cookie", cookie + "; JSESSIONID=" + servlet).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(same.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID="));

        HTTP.send(HttpRequest.newBuilder(URI.create(second.uri() + "/auth/logout")).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());

        // the old UI's next request (the cookie kept, as a copied one would be) finds its servlet session gone
        HttpResponse<String> after = HTTP.send(HttpRequest.newBuilder(URI.create(first.uri() + "/"))
                .header("Cookie", cookie + "; JSESSIONID=" + servlet).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(after.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("JSESSIONID=")
                && !c.startsWith("JSESSIONID=" + servlet));
    }

    private static String signIn(PortalTestServer portal, String username) throws Exception {
        HttpResponse<String> login = HTTP.send(HttpRequest.newBuilder(URI.create(portal.uri() + "/auth/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=demo")).build(),
                HttpResponse.BodyHandlers.ofString());
        return login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("samverka_session="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
    }

    private static HttpResponse<String> me(PortalTestServer portal, String cookie) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(portal.uri() + "/api/v1/me")).header("Cookie", cookie).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String servletSessionOf(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';'))).findFirst()
                .orElseThrow(() -> new AssertionError("no servlet session cookie in " + response.headers().map()));
    }
}
