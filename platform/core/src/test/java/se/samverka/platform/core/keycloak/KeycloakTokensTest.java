package se.samverka.platform.core.keycloak;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samverka.testkit.KeycloakServer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API accepts Keycloak access tokens as bearer tokens only when they are the realm's, signed by
 * it, issued for the portal and not expired: every other token gets 401.
 */
class KeycloakTokensTest {

    static KeycloakPortal fixture;
    static KeycloakServer keycloak;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        fixture = KeycloakPortal.shared();
        keycloak = fixture.keycloak;
    }

    @Test
    void aPortalTokenOfAUserIsAccepted() throws Exception {
        HttpResponse<String> me = me(keycloak.portalToken("officer.orust"));

        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"username\":\"officer.orust\"").contains("\"roles\":[\"case-officer\"]")
                .contains("\"currentTenant\":\"orust\"");
    }

    @Test
    void theTokensMembershipsScopeTheApi() throws Exception {
        String token = keycloak.portalToken("officer.orust");

        assertThat(get("/api/v1/tenants/orust/modules", token).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/tenants/almhult/modules", token).statusCode()).isEqualTo(404);
    }

    @Test
    void aTokenIssuedToAnotherClientOfTheRealmIsRefused() throws Exception {
        String other = keycloak.passwordGrantToken("other-app", keycloak.clientSecret("other-app"), "officer.orust", "demo");

        assertThat(me(other).statusCode()).isEqualTo(401);
    }

    @Test
    void aTamperedTokenIsRefused() throws Exception {
        String[] parts = keycloak.portalToken("reader.orust").split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"reader\"", "\"platform-admin\"");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        assertThat(me(tampered).statusCode()).isEqualTo(401);
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        String admin = keycloak.bootstrapAdminToken();
        setAccessTokenLifespan(admin, 1);
        String token;
        try {
            token = keycloak.portalToken("officer.orust");
        } finally {
            setAccessTokenLifespan(admin, 300);
        }
        Thread.sleep(2500);

        assertThat(me(token).statusCode()).isEqualTo(401);
    }

    @Test
    void aTokenOfAnotherRealmIsRefused() throws Exception {
        String admin = keycloak.bootstrapAdminToken();
        send(HttpRequest.newBuilder(URI.create(keycloak.baseUrl() + "/admin/realms")).header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("""
                        {"realm":"elsewhere","enabled":true,
                         "clients":[{"clientId":"portal","secret":"s3cret","publicClient":false,"directAccessGrantsEnabled":true,
                                     "protocolMappers":[{"name":"aud","protocol":"openid-connect","protocolMapper":"oidc-audience-mapper",
                                       "config":{"included.client.audience":"portal","access.token.claim":"true"}}]}],
                         "users":[{"username":"officer.orust","enabled":true,"email":"x@example.org","firstName":"X","lastName":"Y",
                                   "credentials":[{"type":"password","value":"demo","temporary":false}]}]}
                        """)));
        HttpResponse<String> token = send(HttpRequest.newBuilder(URI.create(keycloak.baseUrl()
                        + "/realms/elsewhere/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "grant_type=password&client_id=portal&client_secret=s3cret&username=officer.orust&password=demo")));
        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
        String access = token.body().replaceFirst(".*\"access_token\"\\s*:\\s*\"([^\"]+)\".*", "$1");

        assertThat(me(access).statusCode()).isEqualTo(401);
    }

    @Test
    void noTokenMeans401() throws Exception {
        assertThat(send(HttpRequest.newBuilder(fixture.portal.uri().resolve("/api/v1/me"))).statusCode()).isEqualTo(401);
    }

    @Test
    void demoUsersAreRefusedOutsideTheEmbeddedDefault() throws Exception {
        HttpResponse<String> basic = send(HttpRequest.newBuilder(fixture.portal.uri().resolve("/api/v1/me"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("officer.orust:demo".getBytes())));

        assertThat(basic.statusCode()).isEqualTo(401);
    }

    @Test
    void healthReportsKeycloak() throws Exception {
        HttpResponse<String> health = send(HttpRequest.newBuilder(fixture.portal.uri().resolve("/health"))
                .header("Authorization", "Bearer " + KeycloakPortal.METRICS_TOKEN));

        assertThat(health.body()).contains("\"keycloak\"").contains("\"available\":true");
    }

    private void setAccessTokenLifespan(String adminToken, int seconds) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(keycloak.adminApi()))
                .header("Authorization", "Bearer " + adminToken).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"accessTokenLifespan\":" + seconds + "}")));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
    }

    private static HttpResponse<String> me(String token) throws Exception {
        return get("/api/v1/me", token);
    }

    private static HttpResponse<String> get(String path, String token) throws Exception {
        return send(HttpRequest.newBuilder(fixture.portal.uri().resolve(path)).header("Authorization", "Bearer " + token));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
