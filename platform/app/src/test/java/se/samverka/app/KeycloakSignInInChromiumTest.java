package se.samverka.app;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import se.samverka.testkit.FreePorts;
import se.samverka.testkit.KeycloakServer;
import se.samverka.testkit.PortalTestServer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in through a real Keycloak 26.7.3 (the repository's realm, started by {@code keycloak.sh})
 * in Debian's Chromium, through Keycloak's own login page, against the whole portal in the
 * {@code keycloak} environment (production frontend bundle, real database): every role's way in and
 * navigation, the way back to where the user was going, a refused password, logout that ends the
 * Keycloak session too, the portal's user record, accessibility of the signed-in dashboard, and a
 * Keycloak outage (issue 3, item 7) that signed-in users do not notice and that ends, for new
 * sign-ins, without restarting the portal.
 *
 * <p>Keycloak and the portal are started once for the class. If Keycloak or Chromium does not come up
 * the class fails, it never skips. The outage test runs last: it stops and restarts Keycloak.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KeycloakSignInInChromiumTest {

    private static final String PORTAL_LOGIN_MESSAGE = "login-message";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static long classStarted;
    private static KeycloakServer keycloak;
    private static PortalTestServer portal;
    /** The cluster's monitoring token: /health shows its details only to it and the platform administrator. */
    private static final String METRICS_TOKEN = "chromium-keycloak-metrics-token-0123456789";
    private static String baseUrl;
    private static KeycloakLoginPage loginPage;
    private static final List<Long> signInMillis = Collections.synchronizedList(new ArrayList<>());

    /** Browsers of the current test, closed after it. */
    private final List<PortalBrowser> browsers = new ArrayList<>();

    @RegisterExtension
    static final AfterTestExecutionCallback ARTIFACTS_ON_FAILURE = PortalBrowser.failureArtifacts();

    @BeforeAll
    static void startKeycloakAndPortal() {
        classStarted = System.nanoTime();
        PortalBrowser.requireChromium();
        PortalBrowser.clearArtifacts(KeycloakSignInInChromiumTest.class);
        // the portal's port first: the realm's redirect URIs are rendered for it
        int port = FreePorts.next();
        baseUrl = "http://localhost:" + port;
        keycloak = KeycloakServer.start(baseUrl);
        loginPage = new KeycloakLoginPage(keycloak.baseUrl());
        System.out.printf("Keycloak (%s start) ready in %.1f s%n", keycloak.startKind(), keycloak.startSeconds());
        try {
            portal = PortalTestServer.start(PortalTestServer.repositoryTenants(), Map.of(
                    "micronaut.server.port", port,
                    "samverka.oidc.issuer", keycloak.issuer(),
                    "samverka.oidc.client-secret", keycloak.clientSecret("portal"),
                    "samverka.oidc.admin.client-secret", keycloak.clientSecret("portal-admin"),
                    "samverka.metrics.token", METRICS_TOKEN), "keycloak");
        } catch (RuntimeException e) {
            keycloak.close();
            keycloak = null;
            throw e;
        }
    }

    @AfterAll
    static void stopKeycloakAndPortal() {
        try {
            if (portal != null) {
                portal.close();
            }
        } finally {
            if (keycloak != null) {
                keycloak.close();
            }
        }
        if (!signInMillis.isEmpty()) {
            List<Long> sorted = signInMillis.stream().sorted().toList();
            System.out.printf("Keycloak browser sign-ins: %d, fastest %d ms, median %d ms, slowest %d ms%n",
                    sorted.size(), sorted.get(0), sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1));
        }
        System.out.printf("KeycloakSignInInChromiumTest took %.1f s (Keycloak and portal start included)%n",
                (System.nanoTime() - classStarted) / 1e9);
    }

    @AfterEach
    void closeBrowsers() {
        RuntimeException first = null;
        for (PortalBrowser browser : browsers) {
            try {
                browser.close();
            } catch (RuntimeException e) {
                first = first == null ? e : first;
            }
        }
        browsers.clear();
        if (first != null) {
            throw first;
        }
    }

    // --- every role ---------------------------------------------------------------------------------

    static Stream<Arguments> roles() {
        return Stream.of(
                // Orust has the agreements and groups modules: staff see them and the partner register
                Arguments.of("officer.orust", List.of("Översikt", "Mitt arbete", "Överenskommelser", "Stödgrupper", "Referensgrupper",
                                "Partnerorganisationer"), List.of("case-officer"), List.of("orust"), null),
                Arguments.of("reader.orust", List.of("Översikt", "Mitt arbete", "Överenskommelser", "Stödgrupper", "Referensgrupper",
                                "Partnerorganisationer"), List.of("reader"), List.of("orust"), null),
                Arguments.of("admin.orust", List.of("Översikt", "Mitt arbete", "Överenskommelser", "Stödgrupper", "Referensgrupper",
                                "Partnerorganisationer", "Moduler", "Användare", "Händelselogg"),
                        List.of("tenant-admin"), List.of("orust"), null),
                Arguments.of("platform", List.of("Översikt", "Moduler", "Användare", "Utkorg"), List.of("platform-admin"), List.of(), null),
                // a partner user sees the agreements their organisation is party to and the groups it runs, not the register
                Arguments.of("partner.junis", List.of("Översikt", "Mitt arbete", "Överenskommelser", "Stödgrupper"), List.of("partner"),
                        List.of("orust"), "junis"));
    }

    @Order(1)
    @ParameterizedTest(name = "{0}")
    @MethodSource("roles")
    void eachRoleSignsInThroughKeycloakAndSeesExactlyItsNavigation(String username, List<String> navigation,
                                                                   List<String> roles, List<String> tenants,
                                                                   String organisation) {
        PortalBrowser browser = open(username);

        long millis = signInFromTheStartPage(browser, username);
        System.out.printf("Keycloak browser sign-in took %d ms%n", millis);

        assertThat(browser.sideNavLabels()).as("side navigation of " + username).containsExactlyElementsOf(navigation);
        Map<String, Object> me = me(browser);
        assertThat(me.get("username")).isEqualTo(username);
        assertThat(asStrings(me.get("roles"))).as("roles of " + username).containsExactlyInAnyOrderElementsOf(roles);
        List<String> memberships = ((List<?>) me.get("memberships")).stream()
                .map(m -> String.valueOf(((Map<?, ?>) m).get("id"))).toList();
        assertThat(memberships).as("memberships of " + username).containsExactlyElementsOf(tenants);
        assertThat(me.get("organisation")).as("organisation of " + username).isEqualTo(organisation);
        assertThat(me.get("currentTenant")).isEqualTo(tenants.isEmpty() ? null : tenants.get(0));

        String tenantName = browser.driver().findElement(By.id("tenant-name")).getText();
        if (tenants.isEmpty()) {
            assertThat(tenantName).isEqualTo("Ingen organisation vald");
            assertThat(browser.driver().findElement(By.id("dashboard-empty")).getText())
                    .contains("Du är inte medlem i någon organisation");
        } else {
            assertThat(tenantName).isEqualTo("Orust kommun");
        }
        if ("partner".equals(roles.get(0))) {
            assertThat(browser.sideNavLabels()).doesNotContain("Moduler", "Användare", "Händelselogg");
            // and the administration stays closed when typed in
            browser.get(baseUrl + "/admin/users");
            browser.waitForVaadinIdle();
            assertThat(browser.driver().findElements(By.id("users-admin"))).as("user administration for a partner").isEmpty();
        }
        if ("officer.orust".equals(username)) {
            browser.assertNoSeriousAccessibilityViolations("dashboard after a Keycloak sign-in");
        }
    }

    @Order(2)
    @Test
    void theDashboardAfterAKeycloakSignInHasNoSeriousAccessibilityViolation() {
        PortalBrowser browser = open("a11y");
        signInFromTheStartPage(browser, "admin.region-jonkoping");
        assertThat(browser.driver().findElement(By.id("tenant-name")).getText()).isEqualTo("Region Jönköpings län");
        browser.assertNoSeriousAccessibilityViolations("dashboard of a tenant administrator after a Keycloak sign-in");
    }

    // --- where the user was going -----------------------------------------------------------------

    @Order(3)
    @Test
    void theUserLandsWhereTheyWereGoing() {
        PortalBrowser browser = open("admin");
        browser.get(baseUrl + "/admin/modules");
        signInOnKeycloaksPage(browser, "admin.orust", KeycloakServer.DEMO_PASSWORD);

        browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("module-admin")));
        browser.waitForVaadinIdle();
        assertThat(URI.create(browser.currentUrl()).getPath()).isEqualTo("/admin/modules");
        assertThat(browser.sessionCookie()).as("portal session cookie").isNotNull();
        // the cookie that carried the target is gone
        assertThat(browser.driver().manage().getCookieNamed("samverka_next")).isNull();
    }

    // --- a wrong password ---------------------------------------------------------------------------

    @Order(4)
    @Test
    void aWrongPasswordIsRefusedOnKeycloaksPage() {
        PortalBrowser browser = open("wrong-password");
        browser.get(baseUrl + "/");
        signInOnKeycloaksPage(browser, "officer.region-stockholm", "not-the-password");

        String error = browser.await().until(d -> loginPage.error(browser));
        assertThat(error).matches("Ogiltigt (användarnamn eller )?lösenord\\.");
        assertThat(browser.currentUrl()).startsWith(keycloak.baseUrl());
        assertThat(loginPage.passwordField(browser)).as("Keycloak asks again").isPresent();
        assertThat(portalCookies(browser)).as("portal cookies after a refused password")
                .doesNotContain(PortalBrowser.SESSION_COOKIE);
    }

    // --- logout -----------------------------------------------------------------------------------

    @Order(5)
    @Test
    void logoutEndsThePortalAndTheKeycloakSession() {
        PortalBrowser browser = open("logout");
        signInFromTheStartPage(browser, "officer.orust");
        assertThat(portalCookies(browser)).contains(PortalBrowser.SESSION_COOKIE);

        assertThat(browser.clickUserMenuItemById("logout")).isEqualTo("Logga ut");
        browser.await().until(d -> {
            URI url = URI.create(d.getCurrentUrl());
            return baseUrl.equals(url.getScheme() + "://" + url.getAuthority()) && "/login".equals(url.getPath())
                    && "logout".equals(url.getQuery());
        });
        assertThat(browser.visibleText(By.id(PORTAL_LOGIN_MESSAGE))).isEqualTo("Du är utloggad.");
        assertThat(browser.driver().findElement(By.id("login-keycloak")).isDisplayed()).isTrue();
        assertThat(portalCookies(browser)).as("portal cookies after logout").doesNotContain(PortalBrowser.SESSION_COOKIE);

        // a new visit asks for the password again: the Keycloak session ended too
        browser.get(baseUrl + "/");
        browser.await().until(d -> loginPage.usernameField(browser).isPresent() || loginPage.passwordField(browser).isPresent());
        assertThat(browser.currentUrl()).startsWith(keycloak.authorizationEndpoint());
        assertThat(browser.driver().findElements(By.id("dashboard"))).isEmpty();
        signInOnKeycloaksPage(browser, "officer.orust", KeycloakServer.DEMO_PASSWORD);
        browser.waitForDashboardHeading("Översikt");
    }

    // --- the portal's user record -----------------------------------------------------------------

    @Order(6)
    @Test
    void theFirstSignInCreatesThePortalUserRecordAndLaterOnesUpdateIt() throws Exception {
        String username = "officer.almhult";
        assertThat(userRecord(username)).as("record before the first sign-in").isEmpty();
        String subject = keycloakUserId(username);

        PortalBrowser first = open("first");
        signInFromTheStartPage(first, username);
        Map<String, Object> created = userRecord(username).orElseThrow(() -> new AssertionError("no portal_user row for " + username));
        assertThat(created).containsEntry("subject", subject).containsEntry("username", username)
                .containsEntry("display_name", "Eva Lund").containsEntry("email", "officer.almhult@almhult.example.org");
        assertThat(created.get("first_seen")).isEqualTo(created.get("last_seen"));
        first.close();
        browsers.remove(first);

        PortalBrowser second = open("second");
        signInFromTheStartPage(second, username);
        Map<String, Object> updated = userRecord(username).orElseThrow();
        assertThat(updated.get("subject")).isEqualTo(subject);
        assertThat(updated.get("first_seen")).as("first_seen").isEqualTo(created.get("first_seen"));
        assertThat((Timestamp) updated.get("last_seen")).as("last_seen after the second sign-in")
                .isAfter((Timestamp) created.get("last_seen"));
    }

    // --- Keycloak unavailable ---------------------------------------------------------------------

    @Order(100)
    @Test
    void whileKeycloakIsDownSignedInUsersKeepWorkingAndNewOnesAreToldSoUntilItIsBack() throws Exception {
        PortalBrowser signedIn = open("signed-in");
        signInFromTheStartPage(signedIn, "admin.orust");
        assertThat(keycloakAvailableInHealth()).isTrue();

        long stopped = System.nanoTime();
        keycloak.stopKeepingData();
        assertThat(keycloak.isRunning()).isFalse();

        // the signed-in user keeps working: other views render (the session is the portal's own cookie)
        signedIn.clickSideNav("Moduler");
        signedIn.await().until(ExpectedConditions.presenceOfElementLocated(By.id("module-admin")));
        signedIn.clickSideNav("Händelselogg");
        signedIn.await().until(ExpectedConditions.presenceOfElementLocated(By.id("audit-log")));
        // the user directory lives in Keycloak: the view still renders and says so in Swedish
        signedIn.clickSideNav("Användare");
        signedIn.await().until(ExpectedConditions.presenceOfElementLocated(By.id("users-admin")));
        String notice = signedIn.await().until(d -> d.findElements(By.cssSelector("vaadin-notification-card")).stream()
                .map(WebElement::getText).filter(t -> !t.isBlank()).findFirst().orElse(null));
        assertThat(notice).contains("Användarkatalogen (Keycloak) svarar inte just nu");
        signedIn.clickSideNav("Översikt");
        signedIn.waitForDashboardHeading("Översikt");

        // the portal asks Keycloak at most every 5 s: from then on a new visitor is told, not sent away
        sleepUntil(stopped + Duration.ofSeconds(6).toNanos());
        PortalBrowser newcomer = open("newcomer");
        newcomer.get(baseUrl + "/");
        assertThat(newcomer.visibleText(By.id(PORTAL_LOGIN_MESSAGE))).startsWith("Inloggningstjänsten svarar inte just nu");
        assertThat(newcomer.driver().findElement(By.id(PORTAL_LOGIN_MESSAGE)).getAttribute("role")).isEqualTo("alert");
        assertThat(URI.create(newcomer.currentUrl()).getPath()).isEqualTo("/login");
        assertThat(newcomer.driver().getTitle()).isEqualTo("Logga in – Samverka");
        String page = newcomer.driver().getPageSource();
        assertThat(page).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("HTTP Status 5");
        assertThat(newcomer.driver().findElement(By.id("login-keycloak")).isDisplayed()).isTrue();

        assertThat(keycloakAvailableInHealth()).as("/health: keycloak available").isFalse();
        assertThat(health().statusCode()).as("/health answers while Keycloak is down").isEqualTo(200);

        // the signed-in user is still fine
        signedIn.get(baseUrl + "/admin/modules");
        signedIn.await().until(ExpectedConditions.presenceOfElementLocated(By.id("module-admin")));

        keycloak.restart();
        System.out.printf("Keycloak restarted (%s start) in %.1f s%n", keycloak.startKind(), keycloak.startSeconds());
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!keycloakAvailableInHealth()) {
            assertThat(System.nanoTime()).as("/health sees Keycloak again within 30 s").isLessThan(deadline);
            Thread.sleep(500);
        }

        // the same browser signs in now, without a portal restart: "Logga in" on the message
        long started = System.nanoTime();
        newcomer.click(newcomer.driver().findElement(By.id("login-keycloak")));
        signInOnKeycloaksPage(newcomer, "officer.orust", KeycloakServer.DEMO_PASSWORD);
        newcomer.waitForDashboardHeading("Översikt");
        System.out.printf("Sign-in after Keycloak came back took %d ms%n", (System.nanoTime() - started) / 1_000_000);
        assertThat(me(newcomer).get("username")).isEqualTo("officer.orust");
        // and the user who was signed in all along still is
        signedIn.get(baseUrl + "/");
        signedIn.waitForDashboardHeading("Översikt");
        assertThat(me(signedIn).get("username")).isEqualTo("admin.orust");
    }

    // --- steps ------------------------------------------------------------------------------------

    private PortalBrowser open(String label) {
        PortalBrowser browser = PortalBrowser.open(label);
        browsers.add(browser);
        return browser;
    }

    /** A fresh visitor opens the portal, is sent to Keycloak, signs in; the time until the dashboard shows. */
    private long signInFromTheStartPage(PortalBrowser browser, String username) {
        long started = System.nanoTime();
        browser.get(baseUrl + "/");
        signInOnKeycloaksPage(browser, username, KeycloakServer.DEMO_PASSWORD);
        browser.waitForDashboardHeading("Översikt");
        long millis = (System.nanoTime() - started) / 1_000_000;
        signInMillis.add(millis);
        assertThat(URI.create(browser.currentUrl()).getPath()).isEqualTo("/");
        return millis;
    }

    private void signInOnKeycloaksPage(PortalBrowser browser, String username, String password) {
        loginPage.signIn(browser, username, password);
    }

    /** The names of the browser's cookies for the portal's host (whatever page it shows now). */
    private static List<String> portalCookies(PortalBrowser browser) {
        Map<String, Object> all = ((ChromeDriver) browser.driver()).executeCdpCommand("Network.getAllCookies", Map.of());
        return ((List<?>) all.get("cookies")).stream().map(c -> (Map<?, ?>) c)
                .filter(c -> "localhost".equals(c.get("domain")))
                .map(c -> String.valueOf(c.get("name"))).toList();
    }

    /** {@code /api/v1/me} fetched by the page, with its session cookie. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> me(PortalBrowser browser) {
        Object result = browser.asyncJs("""
                const done = arguments[arguments.length - 1];
                fetch('/api/v1/me', { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
                  .then(r => r.ok ? r.json() : r.text().then(t => 'HTTP ' + r.status + ': ' + t))
                  .then(done).catch(e => done('fetch failed: ' + e));
                """);
        if (!(result instanceof Map<?, ?> map)) {
            throw new AssertionError("/api/v1/me: " + result);
        }
        return (Map<String, Object>) map;
    }

    private static List<String> asStrings(Object list) {
        return ((List<?>) list).stream().map(String::valueOf).toList();
    }

    private static HttpResponse<String> health() throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + "/health")).timeout(Duration.ofSeconds(20))
                        .header("Authorization", "Bearer " + METRICS_TOKEN).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static boolean keycloakAvailableInHealth() throws IOException, InterruptedException {
        HttpResponse<String> response = health();
        Map<String, Object> body = portal.bean(JsonMapper.class)
                .readValue(response.body(), Argument.mapOf(String.class, Object.class));
        Map<?, ?> details = (Map<?, ?>) body.get("details");
        Map<?, ?> keycloakHealth = details == null ? null : (Map<?, ?>) details.get("keycloak");
        if (keycloakHealth == null || !(keycloakHealth.get("details") instanceof Map<?, ?> facts)
                || !(facts.get("available") instanceof Boolean available)) {
            throw new AssertionError("/health has no keycloak.details.available: " + response.body());
        }
        return available;
    }

    private static Optional<Map<String, Object>> userRecord(String username) throws SQLException {
        try (Connection c = portal.database().connect();
             PreparedStatement s = c.prepareStatement(
                     "SELECT subject, username, display_name, email, first_seen, last_seen FROM portal_user WHERE username = ?")) {
            s.setString(1, username);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Map<String, Object> row = new LinkedHashMap<>();
                for (String column : List.of("subject", "username", "display_name", "email")) {
                    row.put(column, rs.getString(column));
                }
                row.put("first_seen", rs.getTimestamp("first_seen"));
                row.put("last_seen", rs.getTimestamp("last_seen"));
                return Optional.of(row);
            }
        }
    }

    /** The user's id in Keycloak (the {@code sub} of their tokens), from the admin API. */
    private static String keycloakUserId(String username) throws IOException {
        HttpResponse<String> response = keycloak.get(keycloak.adminApi() + "/users?exact=true&username=" + username,
                keycloak.bootstrapAdminToken());
        assertThat(response.statusCode()).isEqualTo(200);
        List<Map<String, Object>> users = portal.bean(JsonMapper.class).readValue(response.body(),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
        assertThat(users).hasSize(1);
        return String.valueOf(users.get(0).get("id"));
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long left = nanoTime - System.nanoTime();
        if (left > 0) {
            Thread.sleep(Duration.ofNanos(left).toMillis() + 1);
        }
    }
}
