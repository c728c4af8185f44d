package se.samverka.app;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import se.samverka.testkit.FreePorts;
import se.samverka.testkit.KeycloakServer;
import se.samverka.testkit.TestDatabase;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped jar in production: {@code java -jar samverka.jar} as the Dockerfile starts it, in the
 * {@code prod} environment, against a fresh database on the CI's MySQL-compatible server and a real
 * Keycloak from {@code keycloak.sh}, every secret from the environment and no demo users. The jar
 * starts before Keycloak (as in a cluster that starts all at once, or with a wrong {@code OIDC_ISSUER}):
 * it is ready, readiness and the login page say that sign-in is unavailable, and once Keycloak is up
 * everything works without a restart. Flyway migrates the empty database; a case officer signs in on Keycloak's own page in Chromium and sees the
 * agreements module; the tenant administrator's user list comes from Keycloak's admin API; the realm's
 * bearer tokens for the portal are accepted and others refused; logout ends the Keycloak session; SIGTERM
 * ends the process within the chart's grace period.
 *
 * <p>Run by Failsafe after {@code package}. Without the database server, Keycloak or Chromium it fails,
 * it never skips.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ShippedJarInProductionIT {

    private static final String PORTAL_SECRET = randomSecret();
    /** SAMVERKA_METRICS_TOKEN, as the chart gives it: readiness shows its details to it. */
    private static final String METRICS_TOKEN = randomSecret();
    private static final String ADMIN_SECRET = randomSecret();

    private static KeycloakServer keycloak;
    private static int keycloakPort;
    private static TestDatabase database;
    private static ShippedJar portal;
    private static KeycloakLoginPage loginPage;
    private static String baseUrl;

    private final List<PortalBrowser> browsers = new ArrayList<>();

    @RegisterExtension
    static final AfterTestExecutionCallback ARTIFACTS_ON_FAILURE = PortalBrowser.failureArtifacts();

    @BeforeAll
    static void startTheDatabaseAndTheJarBeforeKeycloak() throws Exception {
        PortalBrowser.requireChromium();
        PortalBrowser.clearArtifacts(ShippedJarInProductionIT.class);
        int port = FreePorts.next();
        baseUrl = "http://localhost:" + port;
        keycloakPort = FreePorts.next();
        database = TestDatabase.create();
        Map<String, String> env = new HashMap<>();
        env.put("MICRONAUT_ENVIRONMENTS", "prod");
        env.put("DATASOURCES_DEFAULT_URL", database.jdbcUrl());
        env.put("DATASOURCES_DEFAULT_USERNAME", database.username());
        env.put("DATASOURCES_DEFAULT_PASSWORD", database.password());
        env.put("SAMVERKA_SESSION_SECRET", randomSecret());
        env.put("SAMVERKA_TENANTS_DIR", ShippedJar.repositoryRoot().resolve("tenants").toString());
        env.put("SAMVERKA_PORTAL_URL", baseUrl);
        // the issuer of a Keycloak that starts only later: nothing listens there yet
        env.put("OIDC_ISSUER", "http://127.0.0.1:" + keycloakPort + "/realms/" + KeycloakServer.REALM);
        env.put("OIDC_CLIENT_SECRET", PORTAL_SECRET);
        env.put("OIDC_ADMIN_CLIENT_SECRET", ADMIN_SECRET);
        env.put("SAMVERKA_METRICS_TOKEN", METRICS_TOKEN);
        portal = ShippedJar.start(Files.createTempDirectory("samverka-prod-jar-"), port, env);
        System.out.printf("Shipped jar (prod, MySQL-compatible server, Keycloak not yet started): first 200 of "
                + "/health/readiness after %d ms%n", portal.startMillis());
    }

    /** Keycloak on the port the jar was given, started once (by the first test that needs it). */
    private static synchronized void requireKeycloak() {
        if (keycloak == null) {
            keycloak = KeycloakServer.start(baseUrl, Map.of("KEYCLOAK_PORT", Integer.toString(keycloakPort),
                    "PORTAL_CLIENT_SECRET", PORTAL_SECRET, "PORTAL_ADMIN_CLIENT_SECRET", ADMIN_SECRET));
            assertThat(keycloak.issuer()).isEqualTo("http://127.0.0.1:" + keycloakPort + "/realms/" + KeycloakServer.REALM);
            loginPage = new KeycloakLoginPage(keycloak.baseUrl());
            // the portal asks Keycloak at most every 5 s
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!readiness().contains("\"available\":true")) {
                assertThat(System.nanoTime()).as("readiness sees Keycloak within 30 s").isLessThan(deadline);
                sleep(500);
            }
        }
    }

    @AfterAll
    static void stopEverything() {
        try {
            if (portal != null) {
                portal.close();
            }
        } finally {
            try {
                if (keycloak != null) {
                    keycloak.close();
                }
            } finally {
                if (database != null) {
                    database.close();
                }
            }
        }
    }

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(PortalBrowser::close);
        browsers.clear();
    }

    @Order(1)
    @Test
    void flywayMigratedTheEmptyDatabaseForThePlatformAndEveryModule() throws SQLException {
        assertThat(portal.status("/health/readiness")).isEqualTo(200);
        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            for (String history : List.of("flyway_history_platform", "flyway_history_agreements")) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*), SUM(CASE WHEN success THEN 0 ELSE 1 END) FROM " + history)) {
                    rs.next();
                    assertThat(rs.getInt(1)).as("migrations applied in " + history).isPositive();
                    assertThat(rs.getInt(2)).as("failed migrations in " + history).isZero();
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM tenant")) {
                rs.next();
                assertThat(rs.getInt(1)).as("tenants applied from the tenant files").isEqualTo(4);
            }
        }
        assertThat(portal.logText()).doesNotContain("No Oauth controllers found");
        // the admin API's service account is an OAuth client for its token only, not a way to sign in
        assertThat(portal.get("/oauth/login/keycloak-admin", Map.of()).headers().firstValue("Location").orElse(""))
                .doesNotContain("/protocol/openid-connect/auth");
    }

    @Order(2)
    @Test
    void whileKeycloakIsNotThereTheJarIsReadyReadinessSaysWhyAndTheLoginPageSaysSignInIsUnavailable() {
        assertThat(keycloak).as("this test runs before Keycloak starts").isNull();
        String readiness = readiness();
        assertThat(readiness).contains("\"keycloak\"").contains("\"available\":false").contains("nothing answers at");
        assertThat(portal.logText()).contains("Keycloak: OIDC_ISSUER=http://127.0.0.1:" + keycloakPort);

        PortalBrowser browser = open("before-keycloak");
        browser.get(baseUrl + "/");
        assertThat(browser.visibleText(By.id("login-message"))).startsWith("Inloggningstjänsten svarar inte just nu");
        assertThat(URI.create(browser.currentUrl()).getPath()).isEqualTo("/login");
        assertThat(browser.driver().getPageSource()).doesNotContain("Exception").doesNotContain("\tat ")
                .doesNotContain("HTTP Status 5");
        browser.assertNoSeriousAccessibilityViolations("login page while Keycloak is unavailable");
    }

    @Order(3)
    @Test
    void aCaseOfficerSignsInOnKeycloaksPageSeesTheAgreementsModuleAndLogoutEndsTheKeycloakSession() {
        requireKeycloak();
        PortalBrowser browser = open("officer");
        browser.get(baseUrl + "/");
        loginPage.signIn(browser, "officer.orust", KeycloakServer.DEMO_PASSWORD);
        browser.waitForDashboardHeading("Översikt");
        assertThat(browser.driver().findElement(By.id("tenant-name")).getText()).isEqualTo("Orust kommun");
        assertThat(browser.sideNavLabels()).contains("Överenskommelser", "Partnerorganisationer");
        browser.clickSideNav("Överenskommelser");
        browser.await().until(d -> !d.findElements(By.id("agreements-grid")).isEmpty());
        browser.assertNoSeriousAccessibilityViolations("agreements list in the shipped jar (prod)");

        assertThat(browser.clickUserMenuItemById("logout")).isEqualTo("Logga ut");
        browser.await().until(d -> URI.create(d.getCurrentUrl()).getPath().equals("/login")
                && "logout".equals(URI.create(d.getCurrentUrl()).getQuery()));
        assertThat(browser.sessionCookie()).as("portal session cookie after logout").isNull();
        // a new visit asks for the password again: the Keycloak session ended too
        browser.get(baseUrl + "/");
        browser.await().until(d -> loginPage.isShown(browser));
        assertThat(browser.currentUrl()).startsWith(keycloak.authorizationEndpoint());
        assertThat(browser.currentUrl()).contains("code_challenge=").contains("code_challenge_method=S256");
    }

    @Order(4)
    @Test
    void theTenantAdministratorsUserListComesFromKeycloaksAdminApi() {
        requireKeycloak();
        PortalBrowser browser = open("admin");
        browser.get(baseUrl + "/admin/users");
        loginPage.signIn(browser, "admin.orust", KeycloakServer.DEMO_PASSWORD);
        browser.await().until(d -> !d.findElements(By.id("users-grid")).isEmpty());
        List<String> cells = browser.await().until(d -> {
            List<String> texts = d.findElements(By.cssSelector("#users-grid vaadin-grid-cell-content")).stream()
                    .map(WebElement::getText).map(String::trim).filter(t -> !t.isEmpty()).toList();
            return texts.contains("officer.orust") ? texts : null;
        });
        assertThat(cells).contains("admin.orust", "officer.orust", "reader.orust", "partner.junis")
                .doesNotContain("officer.region-jonkoping");
        assertThat(browser.driver().findElements(By.cssSelector("vaadin-notification-card")).stream()
                .map(WebElement::getText).filter(t -> t.contains("svarar inte")).toList())
                .as("no 'directory does not answer' notice").isEmpty();
    }

    @Order(5)
    @Test
    void theRealmsBearerTokensForThePortalAreAcceptedAndOthersRefused() {
        requireKeycloak();
        String token = keycloak.portalToken("officer.orust");
        HttpResponse<String> me = portal.get("/api/v1/me", bearer(token));
        assertThat(me.statusCode()).as("/api/v1/me with a portal token: " + me.body()).isEqualTo(200);
        assertThat(me.body()).contains("\"username\":\"officer.orust\"");
        assertThat(portal.get("/api/v1/tenants/orust/modules", bearer(token)).statusCode()).isEqualTo(200);

        String otherClients = keycloak.passwordGrantToken("other-app", keycloak.clientSecret("other-app"),
                "officer.orust", KeycloakServer.DEMO_PASSWORD);
        assertThat(portal.get("/api/v1/me", bearer(otherClients)).statusCode()).as("a token of another client").isEqualTo(401);

        assertThat(portal.get("/api/v1/me", bearer(tampered(token))).statusCode()).as("a tampered token").isEqualTo(401);

        HttpResponse<String> otherTenant = portal.get("/api/v1/tenants/region-jonkoping/modules", bearer(token));
        assertThat(otherTenant.statusCode()).as("another tenant's path").isEqualTo(404);
        assertThat(otherTenant.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Order(100)
    @Test
    void sigtermStopsTheProcessWithinTheChartsGracePeriod() {
        ShippedJar.Stopped stopped = portal.stop();
        assertThat(stopped.millis()).isLessThan(ShippedJar.CHART_GRACE_PERIOD.toMillis());
        // the JVM ends by its shutdown hook on SIGTERM: 128 + 15, which Kubernetes counts as a normal stop
        assertThat(stopped.exitCode()).as("exit code after SIGTERM").isEqualTo(143);
        assertThat(portal.logText()).contains("Embedded Application shutting down");
    }

    private static String readiness() {
        return portal.get("/health/readiness", Map.of("Accept", "application/json",
                "Authorization", "Bearer " + METRICS_TOKEN)).body();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private PortalBrowser open(String label) {
        PortalBrowser browser = PortalBrowser.open(label);
        browsers.add(browser);
        return browser;
    }

    private static Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token, "Accept", "application/json");
    }

    /** The same token with one character of its signature changed. */
    private static String tampered(String token) {
        int at = token.length() - 5;
        char changed = token.charAt(at) == 'A' ? 'B' : 'A';
        return token.substring(0, at) + changed + token.substring(at + 1);
    }

    private static String randomSecret() {
        byte[] bytes = new byte[36];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
