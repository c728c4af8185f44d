package se.samverka.platform.core.monitoring;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samverka.platform.api.security.CurrentUser.PortalUser;
import se.samverka.platform.api.security.Roles;
import se.samverka.platform.core.TestTenants;
import se.samverka.platform.core.testing.SignedSession;
import se.samverka.platform.core.testing.TestUsers;
import se.samverka.testkit.PortalTestServer;

import java.io.IOException;
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
 * Health details and metrics only for the platform administrator or the cluster: anybody gets the
 * status of the probes' endpoints, nobody but the administrator the database's URL and version, and the
 * metrics only with the administrator's session or the configured bearer token.
 */
class MonitoringAccessTest {

    static final String TOKEN = "metrics-token-for-the-test-0123456789";
    static final PortalUser ADMINISTRATOR = new PortalUser("platform.admin", "Plattformsadministratör",
            Set.of(Roles.PLATFORM_ADMIN), List.of(), Optional.empty());
    static PortalTestServer portal;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        portal = PortalTestServer.start(TestTenants.FOLDER, Map.of("samverka.metrics.token", TOKEN));
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    @Test
    void anybodyGetsTheStatusOfEveryHealthEndpointButNoDetails() {
        for (String path : List.of("/health", "/health/liveness", "/health/readiness")) {
            HttpResponse<String> anonymous = get(path, null, null);
            HttpResponse<String> officer = get(path, SignedSession.cookie(portal, TestUsers.officer("tenant-a")), null);

            for (HttpResponse<String> answer : List.of(anonymous, officer)) {
                assertThat(answer.statusCode()).as(path).isEqualTo(200);
                assertThat(answer.body()).as(path).contains("\"status\":\"UP\"").doesNotContain("details")
                        .doesNotContain("jdbc:").doesNotContain("MariaDB").doesNotContain("MySQL");
            }
        }
    }

    @Test
    void thePlatformAdministratorAndTheClustersMonitoringSeeTheDetails() {
        HttpResponse<String> administrator = get("/health/readiness", SignedSession.cookie(portal, ADMINISTRATOR), null);
        HttpResponse<String> cluster = get("/health", null, "Bearer " + TOKEN);
        HttpResponse<String> guess = get("/health", null, "Bearer guess");

        for (HttpResponse<String> answer : List.of(administrator, cluster)) {
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).contains("\"details\"").contains("jdbc");
        }
        assertThat(guess.statusCode()).isEqualTo(200);
        assertThat(guess.body()).doesNotContain("details");
    }

    @Test
    void metricsAnswerOnlyTheAdministratorAndTheClustersToken() {
        assertThat(get("/prometheus", null, null).statusCode()).isEqualTo(401);
        assertThat(get("/prometheus", null, "Bearer wrong-" + TOKEN).statusCode()).isEqualTo(401);
        assertThat(get("/prometheus", null, "Bearer " + TOKEN.substring(1)).statusCode()).isEqualTo(401);
        assertThat(get("/prometheus", SignedSession.cookie(portal, TestUsers.admin("tenant-a")), null).statusCode()).isEqualTo(403);

        HttpResponse<String> cluster = get("/prometheus", null, "Bearer " + TOKEN);
        HttpResponse<String> administrator = get("/prometheus", SignedSession.cookie(portal, ADMINISTRATOR), null);
        for (HttpResponse<String> answer : List.of(cluster, administrator)) {
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).contains("# TYPE jvm_memory_used_bytes gauge");
        }
    }

    private static HttpResponse<String> get(String path, String cookie, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(portal.uri() + path)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
