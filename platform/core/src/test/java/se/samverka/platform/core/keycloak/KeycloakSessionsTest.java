package se.samverka.platform.core.keycloak;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samverka.platform.api.security.Roles;
import se.samverka.platform.core.security.PortalSessions;
import se.samverka.platform.core.testing.SignedSession;
import se.samverka.platform.core.users.DirectoryUser;
import se.samverka.platform.core.users.UserDirectory;
import se.samverka.testkit.KeycloakServer;
import se.samverka.testkit.PortalTestServer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions of people signed in through Keycloak: what changes in Keycloak itself (its admin console, not
 * the portal's user administration) counts when the session reads the user again (every
 * {@code roles-refresh}; here made due at once).
 */
class KeycloakSessionsTest {

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static PortalTestServer portal;
    static UserDirectory directory;

    @BeforeAll
    static void start() {
        portal = KeycloakPortal.shared().portal;
        directory = portal.bean(UserDirectory.class);
    }

    @Test
    void aRoleChangedOrAnAccountDisabledInKeycloakCountsAtTheNextReadingOfTheSession() throws Exception {
        DirectoryUser user = directory.invite("orust", new UserDirectory.NewMember("session.probe@example.org", "Sam",
                "Session", Roles.READER)).user();
        String cookie = SignedSession.signedIn(portal, directory.identity(user.username()).orElseThrow());
        assertThat(me(cookie).body()).contains("\"roles\":[\"reader\"]");

        directory.changeRole(user.id(), Roles.CASE_OFFICER);
        portal.bean(PortalSessions.class).rolesChanged(user.username()); // as if roles-refresh had passed
        assertThat(me(cookie).body()).contains("\"roles\":[\"case-officer\"]");

        KeycloakServer keycloak = KeycloakPortal.shared().keycloak;
        HttpResponse<String> disabled = HTTP.send(HttpRequest.newBuilder(URI.create(keycloak.adminApi() + "/users/" + user.id()))
                .header("Authorization", "Bearer " + keycloak.bootstrapAdminToken()).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"enabled\":false}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(204);
        portal.bean(PortalSessions.class).rolesChanged(user.username());

        assertThat(me(cookie).statusCode()).isEqualTo(401);
    }

    @Test
    void aPlatformAdministratorKeepsTheRoleWhenReadAgain() {
        assertThat(directory.identity("platform")).hasValueSatisfying(u -> assertThat(u.roles()).contains(Roles.PLATFORM_ADMIN));
    }

    private static HttpResponse<String> me(String cookie) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(portal.uri() + "/api/v1/me")).header("Cookie", cookie).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
