package se.samverka.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The realm as code ({@code platform/keycloak/realm/samverka-realm.json}) on a real Keycloak: the claims the
 * portal relies on, and the ways in that must stay closed.
 */
class SamverkaRealmTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static KeycloakServer keycloak;
    private static long startMillis;

    @BeforeAll
    static void startKeycloak() {
        long begin = System.nanoTime();
        keycloak = KeycloakServer.start("http://127.0.0.1:" + FreePorts.next());
        startMillis = (System.nanoTime() - begin) / 1_000_000;
        System.out.printf("Keycloak %s start: %.1f s by keycloak.sh (%d ms seen by the test) -- %s%n",
                keycloak.startKind(), keycloak.startSeconds(), startMillis, keycloak);
    }

    @AfterAll
    static void stopKeycloak() {
        if (keycloak != null) {
            long begin = System.nanoTime();
            keycloak.close();
            System.out.printf("Keycloak stopped in %d ms%n", (System.nanoTime() - begin) / 1_000_000);
        }
    }

    // --- claims -----------------------------------------------------------------------------------

    @Test
    void caseOfficerTokenCarriesRoleTenantAudienceAndName() {
        JsonNode token = payload(keycloak.portalToken("officer.orust"));

        assertThat(token.path("iss").asText()).isEqualTo(keycloak.issuer());
        assertThat(audiences(token)).contains("portal");
        assertThat(token.path("azp").asText()).isEqualTo("portal-test");
        assertThat(strings(token, "roles")).containsExactly("case-officer");
        assertThat(token.path("tenants").isArray()).isTrue();
        assertThat(strings(token, "tenants")).containsExactly("orust");
        assertThat(token.path("name").asText()).isEqualTo("Olle Strand");
        assertThat(token.path("preferred_username").asText()).isEqualTo("officer.orust");
        assertThat(token.path("email").asText()).isEqualTo("officer.orust@orust.example.org");
        assertThat(token.has("organization")).as("a municipal user belongs to no partner organisation").isFalse();
    }

    @Test
    void tenantAdminTokenCarriesRoleAndTenant() {
        JsonNode token = payload(keycloak.portalToken("admin.region-jonkoping"));

        assertThat(token.path("iss").asText()).isEqualTo(keycloak.issuer());
        assertThat(audiences(token)).contains("portal");
        assertThat(strings(token, "roles")).containsExactly("tenant-admin");
        assertThat(strings(token, "tenants")).containsExactly("region-jonkoping");
    }

    @Test
    void platformAdminHasTheRoleAndNoTenant() {
        JsonNode token = payload(keycloak.portalToken("platform"));

        assertThat(token.path("iss").asText()).isEqualTo(keycloak.issuer());
        assertThat(audiences(token)).contains("portal");
        assertThat(strings(token, "roles")).containsExactly("platform-admin");
        assertThat(strings(token, "tenants")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "partner.junis, junis, orust",
            "partner.varsol, varsol, region-jonkoping",
            "partner.origo, origo, region-jonkoping",
            "partner.ericastiftelsen, ericastiftelsen, region-stockholm",
            "partner.jbmarks, jbmarks, almhult",
    })
    void partnerTokenCarriesItsOrganisation(String username, String organisation, String tenant) {
        JsonNode token = payload(keycloak.portalToken(username));

        assertThat(token.path("iss").asText()).isEqualTo(keycloak.issuer());
        assertThat(audiences(token)).contains("portal");
        assertThat(strings(token, "roles")).containsExactly("partner");
        assertThat(strings(token, "tenants")).containsExactly(tenant);
        assertThat(token.path("organization").isArray()).as("organization claim: a list of aliases").isTrue();
        assertThat(strings(token, "organization")).containsExactly(organisation);
    }

    @Test
    void idTokenAndUserinfoCarryTheSameClaims() throws Exception {
        KeycloakServer.TokenResponse response = keycloak.passwordGrant("portal-test",
                keycloak.clientSecret("portal-test"), "partner.junis", KeycloakServer.DEMO_PASSWORD);
        JsonNode idToken = payload(response.field("id_token"));

        assertThat(idToken.path("typ").asText()).isEqualTo("ID");
        assertThat(idToken.path("iss").asText()).isEqualTo(keycloak.issuer());
        assertThat(strings(idToken, "roles")).containsExactly("partner");
        assertThat(strings(idToken, "tenants")).containsExactly("orust");
        assertThat(strings(idToken, "organization")).containsExactly("junis");
        assertThat(idToken.path("name").asText()).isEqualTo("Linnea Karlsson");

        HttpResponse<String> userinfo = keycloak.get(keycloak.issuer() + "/protocol/openid-connect/userinfo",
                response.accessToken());
        assertThat(userinfo.statusCode()).isEqualTo(200);
        JsonNode info = JSON.readTree(userinfo.body());
        assertThat(strings(info, "roles")).containsExactly("partner");
        assertThat(strings(info, "tenants")).containsExactly("orust");
        assertThat(strings(info, "organization")).containsExactly("junis");
        assertThat(info.path("name").asText()).isEqualTo("Linnea Karlsson");
    }

    @Test
    void thePortalClientsOwnTokensHaveAudiencePortal() throws Exception {
        // The portal's tokens come from the browser flow; Keycloak's scope evaluation shows what they contain.
        String admin = keycloak.bootstrapAdminToken();
        String portalId = JSON.readTree(adminGet(admin, "/clients?clientId=portal")).get(0).path("id").asText();
        String userId = userId(admin, "officer.orust");
        String base = "/clients/" + portalId + "/evaluate-scopes/generate-example-";

        JsonNode access = JSON.readTree(adminGet(admin, base + "access-token?scope=openid&userId=" + userId));
        assertThat(audiences(access)).containsExactly("portal");
        assertThat(access.path("azp").asText()).isEqualTo("portal");
        assertThat(strings(access, "roles")).containsExactly("case-officer");
        assertThat(strings(access, "tenants")).containsExactly("orust");
        assertThat(access.path("name").asText()).isEqualTo("Olle Strand");

        JsonNode id = JSON.readTree(adminGet(admin, base + "id-token?scope=openid&userId=" + userId));
        assertThat(audiences(id)).containsExactly("portal");
        assertThat(strings(id, "roles")).containsExactly("case-officer");
        assertThat(strings(id, "tenants")).containsExactly("orust");
    }

    // --- ways that must stay closed ---------------------------------------------------------------

    @Test
    void aTokenOfAnotherClientHasNoPortalAudience() {
        String token = keycloak.passwordGrantToken("other-app", keycloak.clientSecret("other-app"),
                "officer.orust", KeycloakServer.DEMO_PASSWORD);
        JsonNode payload = payload(token);

        assertThat(payload.path("iss").asText()).isEqualTo(keycloak.issuer());
        assertThat(payload.path("azp").asText()).isEqualTo("other-app");
        assertThat(audiences(payload)).doesNotContain("portal");
    }

    @Test
    void aWrongPasswordIsRefused() {
        KeycloakServer.TokenResponse response = keycloak.passwordGrant("portal-test",
                keycloak.clientSecret("portal-test"), "reader.almhult", "not-the-password");

        // RFC 6749 5.2: a wrong user password is invalid_grant, which Keycloak answers with 400 (not 401).
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.field("error")).isEqualTo("invalid_grant");
        assertThat(response.body()).doesNotContain("access_token");
    }

    @Test
    void aWrongClientSecretIsRefusedWith401() {
        KeycloakServer.TokenResponse response = keycloak.passwordGrant("portal-test", "wrong-secret",
                "reader.almhult", KeycloakServer.DEMO_PASSWORD);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.field("error")).isEqualTo("unauthorized_client");
    }

    @Test
    void thePortalClientHasNoPasswordGrant() {
        KeycloakServer.TokenResponse response = keycloak.passwordGrant("portal", keycloak.clientSecret("portal"),
                "officer.orust", KeycloakServer.DEMO_PASSWORD);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.field("error")).isEqualTo("unauthorized_client");
        assertThat(response.body()).doesNotContain("access_token");
    }

    @Test
    void thePortalClientRequiresPkceS256AndExactRedirectUrisAndHasNoImplicitFlow() {
        String callback = keycloak.portalUrl() + "/oauth/callback/keycloak";
        String s256 = "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256";

        assertThat(authorize("code", callback, s256).statusCode()).as("code flow with S256").isEqualTo(200);

        HttpResponse<String> noPkce = authorize("code", callback, "");
        assertThat(noPkce.statusCode()).isEqualTo(302);
        assertThat(location(noPkce)).startsWith(callback + "?error=invalid_request");

        HttpResponse<String> plain = authorize("code", callback,
                "&code_challenge=abcdefghijabcdefghijabcdefghijabcdefghij123&code_challenge_method=plain");
        assertThat(location(plain)).startsWith(callback + "?error=invalid_request");

        assertThat(authorize("code", callback + "/elsewhere", s256).statusCode()).as("redirect URI is exact").isEqualTo(400);
        assertThat(authorize("code", "http://evil.example.org/oauth/callback/keycloak", s256).statusCode()).isEqualTo(400);

        HttpResponse<String> implicit = authorize("token", callback, s256 + "&nonce=n");
        assertThat(location(implicit)).contains("error=unauthorized_client");
    }

    @Test
    void bruteForceProtectionAndPasswordPolicyAreOn() throws Exception {
        String admin = keycloak.bootstrapAdminToken();
        JsonNode realm = JSON.readTree(adminGet(admin, ""));
        assertThat(realm.path("bruteForceProtected").asBoolean()).isTrue();
        // a wait that grows, never a lock an attacker could hold (issue 14): the same idea as the portal's throttle
        assertThat(realm.path("permanentLockout").asBoolean()).isFalse();
        assertThat(realm.path("maxTemporaryLockouts").asInt()).isZero();
        assertThat(realm.path("failureFactor").asInt()).isEqualTo(10);
        assertThat(realm.path("waitIncrementSeconds").asInt()).isEqualTo(5);
        assertThat(realm.path("maxFailureWaitSeconds").asInt()).isEqualTo(60);
        assertThat(realm.path("passwordPolicy").asText()).contains("length(12)").contains("notUsername");
        assertThat(realm.path("organizationsEnabled").asBoolean()).isTrue();

        // ten wrong passwords make the user wait: then even the right one is refused, for a few seconds only
        for (int i = 0; i < 10; i++) {
            assertThat(keycloak.passwordGrant("portal-test", keycloak.clientSecret("portal-test"),
                    "reader.region-stockholm", "wrong-" + i).status()).isEqualTo(400);
        }
        assertThat(keycloak.passwordGrant("portal-test", keycloak.clientSecret("portal-test"),
                "reader.region-stockholm", KeycloakServer.DEMO_PASSWORD).status()).isEqualTo(400);
        JsonNode status = JSON.readTree(keycloak.get(keycloak.adminApi() + "/attack-detection/brute-force/users/"
                + userId(admin, "reader.region-stockholm"), admin).body());
        assertThat(status.path("disabled").asBoolean()).isTrue();
        Thread.sleep(6_000);
        assertThat(keycloak.passwordGrant("portal-test", keycloak.clientSecret("portal-test"),
                "reader.region-stockholm", KeycloakServer.DEMO_PASSWORD).status()).as("after the wait").isEqualTo(200);

        // the policy holds for passwords set later (the demo users' "demo" was imported already hashed)
        String id = createUser(admin, "{\"username\":\"policy.probe\",\"enabled\":true}");
        HttpResponse<String> weak = adminSend(admin, "PUT", "/users/" + id + "/reset-password",
                "{\"type\":\"password\",\"value\":\"demo\",\"temporary\":false}");
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(weak.body()).contains("invalidPasswordMinLengthMessage");
        adminSend(admin, "DELETE", "/users/" + id, null);
    }

    // --- realm content ----------------------------------------------------------------------------

    @Test
    void organisationsAreThePartnerOrganisationsWithTheirMembers() throws Exception {
        String admin = keycloak.bootstrapAdminToken();
        JsonNode organisations = JSON.readTree(adminGet(admin, "/organizations?briefRepresentation=false"));
        Map<String, String> expected = Map.of(
                "junis", "Junis Göteborg och Bohusläns distrikt",
                "varsol", "Vårsol Samtalscenter",
                "origo", "Origo Resurs",
                "ericastiftelsen", "Ericastiftelsen",
                "jbmarks", "JB Marks Local Municipality");
        assertThat(organisations).hasSize(expected.size());
        for (JsonNode organisation : organisations) {
            String alias = organisation.path("alias").asText();
            assertThat(expected).containsEntry(alias, organisation.path("name").asText());
            assertThat(organisation.path("enabled").asBoolean()).isTrue();
            JsonNode members = JSON.readTree(adminGet(admin, "/organizations/" + organisation.path("id").asText() + "/members"));
            assertThat(members).extracting(m -> m.path("username").asText()).containsExactly("partner." + alias);
        }
    }

    @Test
    void theUserProfileDeclaresTenantsAsMultivalued() throws Exception {
        String admin = keycloak.bootstrapAdminToken();
        JsonNode profile = JSON.readTree(adminGet(admin, "/users/profile"));
        JsonNode tenants = null;
        for (JsonNode attribute : profile.path("attributes")) {
            if (attribute.path("name").asText().equals("tenants")) {
                tenants = attribute;
            }
        }
        assertThat(tenants).as("tenants declared in the user profile").isNotNull();
        assertThat(tenants.path("multivalued").asBoolean()).isTrue();
        assertThat(strings(tenants.path("permissions"), "edit")).containsExactly("admin");
    }

    @Test
    void thePortalAdminServiceAccountAdministersUsersReadsOrganisationsAndNothingMore() throws Exception {
        String token = keycloak.clientCredentialsToken("portal-admin", keycloak.clientSecret("portal-admin"));

        // list a tenant's users
        HttpResponse<String> orust = keycloak.get(keycloak.adminApi() + "/users?briefRepresentation=false&q="
                + URLEncoder.encode("tenants:orust", StandardCharsets.UTF_8), token);
        assertThat(orust.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(orust.body())).extracting(u -> u.path("username").asText())
                .contains("admin.orust", "officer.orust", "reader.orust", "partner.junis")
                .doesNotContain("officer.almhult", "platform");

        // invite: create with a tenant, add a second tenant, map a realm role, read it back, remove
        String id = createUser(token, "{\"username\":\"invited.orust\",\"enabled\":true,\"email\":\"invited@orust.example.org\","
                + "\"firstName\":\"Inga\",\"lastName\":\"Inbjuden\",\"attributes\":{\"tenants\":[\"orust\"]}}");
        assertThat(adminSend(token, "PUT", "/users/" + id, "{\"username\":\"invited.orust\",\"email\":\"invited@orust.example.org\","
                + "\"firstName\":\"Inga\",\"lastName\":\"Inbjuden\",\"attributes\":{\"tenants\":[\"orust\",\"almhult\"]}}")
                .statusCode()).isEqualTo(204);
        assertThat(strings(JSON.readTree(adminGet(token, "/users/" + id)).path("attributes"), "tenants"))
                .containsExactly("orust", "almhult");

        // realm roles to map come from the user's "available" list: GET /roles would need view-realm
        JsonNode caseOfficer = null;
        for (JsonNode role : JSON.readTree(adminGet(token, "/users/" + id + "/role-mappings/realm/available"))) {
            if (role.path("name").asText().equals("case-officer")) {
                caseOfficer = role;
            }
        }
        assertThat(caseOfficer).isNotNull();
        String mapping = "[" + JSON.writeValueAsString(caseOfficer) + "]";
        assertThat(adminSend(token, "POST", "/users/" + id + "/role-mappings/realm", mapping).statusCode()).isEqualTo(204);
        assertThat(JSON.readTree(adminGet(token, "/users/" + id + "/role-mappings/realm")))
                .extracting(r -> r.path("name").asText()).contains("case-officer");
        assertThat(adminSend(token, "DELETE", "/users/" + id + "/role-mappings/realm", mapping).statusCode()).isEqualTo(204);
        assertThat(adminSend(token, "DELETE", "/users/" + id, null).statusCode()).isEqualTo(204);

        // organisations it reads (reminders find a partner organisation's users), but changes none
        assertThat(keycloak.get(keycloak.adminApi() + "/organizations", token).statusCode()).isEqualTo(200);
        assertThat(adminSend(token, "POST", "/organizations", "{\"name\":\"Ny förening\",\"alias\":\"ny\","
                + "\"domains\":[{\"name\":\"ny.example.org\"}]}").statusCode()).isEqualTo(403);

        // and nothing beyond users and organisations
        assertThat(keycloak.get(keycloak.adminApi() + "/roles", token).statusCode()).isEqualTo(403);
        assertThat(keycloak.get(keycloak.adminApi() + "/clients", token).statusCode()).isEqualTo(403);
        assertThat(keycloak.get(keycloak.baseUrl() + "/admin/realms/master/users", token).statusCode()).isEqualTo(403);
    }

    // --- helpers ----------------------------------------------------------------------------------

    private static JsonNode payload(String jwt) {
        assertThat(jwt).as("a JWT").isNotNull();
        String[] parts = jwt.split("\\.");
        assertThat(parts).hasSize(3);
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        } catch (java.io.IOException e) {
            throw new AssertionError("not a JWT payload: " + parts[1], e);
        }
    }

    /** {@code aud} is a string when there is one audience, else a list. */
    private static List<String> audiences(JsonNode token) {
        JsonNode aud = token.path("aud");
        if (aud.isTextual()) {
            return List.of(aud.asText());
        }
        return strings(token, "aud");
    }

    private static List<String> strings(JsonNode node, String field) {
        List<String> values = new ArrayList<>();
        node.path(field).forEach(v -> values.add(v.asText()));
        return values;
    }

    private static HttpResponse<String> authorize(String responseType, String redirectUri, String extra) {
        String url = keycloak.authorizationEndpoint() + "?client_id=portal&scope=openid&state=s&response_type="
                + responseType + "&redirect_uri=" + URLEncoder.encode(redirectUri, StandardCharsets.UTF_8) + extra;
        return keycloak.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build());
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("(no Location; status " + response.statusCode() + ")");
    }

    private static String adminGet(String token, String path) {
        HttpResponse<String> response = keycloak.get(keycloak.adminApi() + path, token);
        assertThat(response.statusCode()).as("GET " + path + ": " + response.body()).isEqualTo(200);
        return response.body();
    }

    private static HttpResponse<String> adminSend(String token, String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(keycloak.adminApi() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json");
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return keycloak.send(request.build());
    }

    private static String createUser(String token, String json) {
        HttpResponse<String> created = adminSend(token, "POST", "/users", json);
        assertThat(created.statusCode()).as("create user: " + created.body()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static String userId(String adminToken, String username) throws Exception {
        JsonNode users = JSON.readTree(adminGet(adminToken, "/users?exact=true&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8)));
        assertThat(users).hasSize(1);
        return users.get(0).path("id").asText();
    }
}
