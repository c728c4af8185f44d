package se.samverka.app;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped jar on its embedded default, as a newcomer runs it: no environment but the tenant files,
 * a fresh working directory. A demo user signs in through the portal's own form in Chromium; what they
 * save is still there after the process is stopped by SIGTERM and started again (the H2 file under
 * {@code ./data} of the working directory).
 */
class ShippedJarOnItsEmbeddedDefaultIT {

    private static ShippedJar portal;
    private static Path workDir;

    private PortalBrowser browser;

    @RegisterExtension
    static final AfterTestExecutionCallback ARTIFACTS_ON_FAILURE = PortalBrowser.failureArtifacts();

    @BeforeAll
    static void startTheJarInAFreshDirectory() throws IOException {
        PortalBrowser.requireChromium();
        PortalBrowser.clearArtifacts(ShippedJarOnItsEmbeddedDefaultIT.class);
        workDir = Files.createTempDirectory("samverka-embedded-jar-");
        portal = ShippedJar.start(workDir, Map.of("SAMVERKA_TENANTS_DIR", ShippedJar.repositoryRoot().resolve("tenants").toString()));
        System.out.printf("Shipped jar (embedded default, first start on an empty data folder): ready after %d ms%n",
                portal.startMillis());
    }

    @AfterAll
    static void stopTheJar() {
        if (portal != null) {
            portal.close();
        }
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void everyComponentLogsInOneFormatWithoutWarningsAboutLoggingItself() {
        // what the jar wrote since it started: the marker lines ShippedJar adds begin with "==="
        // and the JVM's own note on the Dockerfile's JAVA_TOOL_OPTIONS
        List<String> lines = portal.logText().lines().filter(line -> !line.isBlank() && !line.startsWith("===")
                && !line.startsWith("Picked up JAVA_TOOL_OPTIONS")).toList();

        assertThat(lines).isNotEmpty();
        assertThat(lines).as("no SLF4J replay or provider warnings, no logback status").noneMatch(line ->
                line.startsWith("SLF4J") || line.contains("|-INFO in ch.qos.logback") || line.contains("|-WARN in ch.qos.logback"));
        // Tomcat's java.util.logging goes through SLF4J: no "Dec 04, 2026 10:39:48 PM org.apache..." lines
        assertThat(lines).as("every line in the portal's one format").allMatch(line ->
                line.matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2},\\d{3} +[A-Z]+ +\\[.*") || line.startsWith("\t") || line.startsWith("Caused by"));
    }

    @Test
    void theJarSendsTheSecurityHeadersAndNamesNoServer() {
        HttpResponse<String> page = portal.get("/login", Map.of("X-Forwarded-Proto", "https"));
        HttpResponse<String> api = portal.get("/api/v1/me", Map.of("Authorization", basic("officer.orust")));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("frame-ancestors 'none'").contains("default-src 'self'"));
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(page.headers().firstValue("Strict-Transport-Security")).as("behind the ingress's https").isPresent();
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(api.headers().firstValue("Strict-Transport-Security")).as("plain http").isEmpty();
        for (HttpResponse<String> answer : List.of(page, api, portal.get("/api/nothing-here", Map.of()))) {
            assertThat(answer.headers().firstValue("Server")).isEmpty();
            assertThat(answer.body().toLowerCase()).doesNotContain("tomcat");
        }
    }

    @Test
    void aDemoUserSignsInAndWhatIsSavedSurvivesARestart() {
        browser = PortalBrowser.open("demo-user");
        browser.signInOnThePortalsForm(portal.uri().toString(), "officer.orust", "demo");
        assertThat(browser.driver().findElement(By.id("tenant-name")).getText()).isEqualTo("Orust kommun");
        assertThat(browser.sideNavLabels()).contains("Överenskommelser", "Partnerorganisationer");
        browser.close();
        browser = null;

        String name = "Kvarnbacken Local Municipality (restart " + System.nanoTime() + ")";
        HttpResponse<String> created = portal.send(HttpRequest.newBuilder(
                        portal.uri().resolve("/api/v1/tenants/orust/agreements/partner-organisations"))
                .timeout(Duration.ofSeconds(20)).header("Authorization", basic("officer.orust"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"" + name + "\", \"kind\": \"FOREIGN_LOCAL_GOVERNMENT\", \"country\": \"Sydafrika\"}")).build());
        assertThat(created.statusCode()).as("partner organisation created: " + created.body()).isEqualTo(201);
        assertThat(Files.isDirectory(workDir.resolve("data"))).as("the data folder in the working directory").isTrue();

        ShippedJar.Stopped stopped = portal.stop();
        assertThat(stopped.exitCode()).as("exit code after SIGTERM").isEqualTo(143);
        portal.restart();
        System.out.printf("Shipped jar (embedded default, second start): ready after %d ms%n", portal.startMillis());

        HttpResponse<String> found = portal.get("/api/v1/tenants/orust/agreements/partner-organisations?q="
                        + java.net.URLEncoder.encode("Kvarnbacken", StandardCharsets.UTF_8),
                Map.of("Authorization", basic("officer.orust"), "Accept", "application/json"));
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.body()).as("the partner organisation after the restart").contains(name);

        browser = PortalBrowser.open("after-restart");
        browser.signInOnThePortalsForm(portal.uri().toString(), "officer.orust", "demo");
        browser.clickSideNav("Partnerorganisationer");
        browser.await().until(d -> browser.gridRows("partners-grid").stream().anyMatch(r -> r.contains(name)));
    }

    @Test
    void theGroupsModulesProtectedFollowUpDownloadsFromTheJar() throws IOException {
        browser = PortalBrowser.open("groups");
        browser.signInOnThePortalsForm(portal.uri().toString(), "officer.orust", "demo");
        browser.clickSideNav("Stödgrupper");
        browser.await().until(d -> browser.gridRows("programmes-grid").stream().anyMatch(r -> r.get(0).equals("Klubb BUSA")));
        browser.clickFresh(By.cssSelector("#programmes-grid a"));
        browser.await().until(ExpectedConditions.textToBe(By.id("programme-title"), "Klubb BUSA"));
        browser.clickFresh(By.id("tab-follow-up"));
        browser.clickFresh(By.id("follow-up-export-csv"));
        String csv = Files.readString(browser.awaitDownload("Uppföljning Klubb BUSA.csv"), StandardCharsets.UTF_8);
        assertThat(csv).as("the demo's 3 children with experience of violence").contains(";<5").contains("färre än 5");

        HttpResponse<String> listed = portal.get("/api/v1/tenants/orust/groups/programmes?q=BUSA",
                Map.of("Authorization", basic("reader.orust"), "Accept", "application/json"));
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.body()).contains("Klubb BUSA");
    }

    @Test
    void thePartnershipsDemoAndItsReportsFilesServeFromTheJar() throws IOException {
        String title = "Mental Health, Disability and Community Integration";
        browser = PortalBrowser.open("partnerships");
        browser.signInOnThePortalsForm(portal.uri().toString(), "officer.almhult", "demo");
        browser.clickSideNav("Internationella partnerskap");
        browser.await().until(d -> browser.gridRows("partnerships-grid").stream().anyMatch(r -> r.get(0).equals(title)));
        browser.clickFresh(By.cssSelector("#partnerships-grid a"));
        browser.await().until(ExpectedConditions.textToBe(By.id("partnership-title"), title));
        browser.clickFresh(By.id("tab-reports"));
        browser.clickFresh(By.cssSelector("[id$='-final-2020-open']"));
        browser.clickFresh(By.id("report-pdf"));
        assertThat(Files.readAllBytes(browser.awaitDownload("Slutrapport 2020 " + title + ".pdf"))).startsWith("%PDF".getBytes());

        Map<String, String> reader = Map.of("Authorization", basic("reader.almhult"), "Accept", "application/json");
        HttpResponse<String> listed = portal.get("/api/v1/tenants/almhult/partnerships?q=Mental", reader);
        assertThat(listed.statusCode()).isEqualTo(200);
        Matcher partnership = Pattern.compile("\\{\"id\":(\\d+)").matcher(listed.body());
        assertThat(partnership.find()).as("a partnership in " + listed.body()).isTrue();
        String path = "/api/v1/tenants/almhult/partnerships/" + partnership.group(1);
        HttpResponse<String> reports = portal.get(path + "/reports", reader);
        Matcher report = Pattern.compile("\"report\":\\{\"id\":(\\d+)").matcher(reports.body());
        assertThat(report.find()).as("the submitted report in " + reports.body()).isTrue();
        HttpResponse<byte[]> account = portal.download(path + "/reports/" + report.group(1) + "/account.xlsx", reader);
        assertThat(account.statusCode()).isEqualTo(200);
        assertThat(account.body()).as("an Excel file (a zip)").startsWith("PK".getBytes());
        assertThat(portal.get(path, Map.of("Authorization", basic("officer.orust"), "Accept", "application/json")).statusCode())
                .as("another tenant's user on Älmhult's partnership").isIn(403, 404);
    }

    private static String basic(String username) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8));
    }
}
