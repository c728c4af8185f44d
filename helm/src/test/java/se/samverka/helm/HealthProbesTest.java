package se.samverka.helm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The probes call endpoints the portal really serves: the paths are taken from the rendered
 * Deployment and asked of the real portal (its embedded default, H2, on a free port), with a Host
 * header like the kubelet's (the pod's IP), which is neither a platform host nor a tenant's. The probes
 * send no credentials and get the status only; the ServiceMonitor sends the bearer token of the Secret
 * the pod reads too.
 */
class HealthProbesTest {

    @TempDir
    static Path data;

    /** What the Secret holds in the cluster: the portal gets it as SAMVERKA_METRICS_TOKEN. */
    private static final String METRICS_TOKEN = "token-of-the-metrics-secret-0123456789abcdef";
    private static EmbeddedServer portal;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void startPortal() {
        portal = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "micronaut.server.port", -1,
                "micronaut.server.host", "127.0.0.1",
                "micronaut.lifecycle.graceful-shutdown.grace-period", "1s",
                "samverka.data-dir", data.toString(),
                "datasources.default.url", "jdbc:h2:file:" + data.resolve("samverka") + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE",
                "samverka.tenants-dir", Chart.REPOSITORY_TENANTS.toString(),
                "samverka.metrics.token", METRICS_TOKEN));
    }

    @AfterAll
    static void stopPortal() {
        if (portal != null) {
            portal.getApplicationContext().close();
        }
    }

    @Test
    void probesUseTheLivenessAndReadinessEndpoints() {
        JsonNode container = Chart.withDefaultValues().render().portalContainer();

        assertThat(container.path("startupProbe").path("httpGet").path("path").asText()).isEqualTo("/health/liveness");
        assertThat(container.path("livenessProbe").path("httpGet").path("path").asText()).isEqualTo("/health/liveness");
        assertThat(container.path("readinessProbe").path("httpGet").path("path").asText()).isEqualTo("/health/readiness");
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            assertThat(container.path(probe).path("httpGet").path("port").asText()).as(probe).isEqualTo("http");
        }
    }

    @Test
    void everyProbePathOfTheChartAnswersUpOnTheRealPortal() throws Exception {
        JsonNode container = Chart.withProductionValues().render().portalContainer();

        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            String path = container.path(probe).path("httpGet").path("path").asText();
            HttpResponse<String> response = get(path);

            assertThat(response.statusCode()).as("%s %s", probe, path).isEqualTo(200);
            assertThat(new ObjectMapper().readTree(response.body()).path("status").asText())
                    .as("%s %s: %s", probe, path, response.body()).isEqualTo("UP");
            // the kubelet is anonymous: the status, never the database's URL or version
            assertThat(response.body()).as("%s %s", probe, path).doesNotContain("details").doesNotContain("jdbc");
        }
    }

    @Test
    void readinessChecksTheDatabaseAndLivenessDoesNot() throws Exception {
        JsonNode container = Chart.withDefaultValues().render().portalContainer();
        // the details are the platform administrator's (the embedded default's demo user "platform")
        JsonNode readiness = new ObjectMapper().readTree(
                get(container.path("readinessProbe").path("httpGet").path("path").asText(), PLATFORM_ADMINISTRATOR).body());
        JsonNode liveness = new ObjectMapper().readTree(
                get(container.path("livenessProbe").path("httpGet").path("path").asText(), PLATFORM_ADMINISTRATOR).body());

        // a database outage takes pods out of the Service but does not restart them
        assertThat(readiness.path("details").has("jdbc")).as(readiness.toString()).isTrue();
        assertThat(liveness.path("details").has("jdbc")).as(liveness.toString()).isFalse();
    }

    @Test
    void theServiceMonitorScrapesThePortalsPrometheusEndpointWithTheTokenThePodReads() throws Exception {
        Chart.Manifests rendered = Chart.withProductionValues().render();
        JsonNode endpoint = rendered.one("ServiceMonitor").path("spec").path("endpoints").get(0);
        JsonNode credentials = endpoint.path("authorization").path("credentials");
        JsonNode podToken = StreamSupport.stream(rendered.portalContainer().path("env").spliterator(), false)
                .filter(env -> env.path("name").asText().equals("SAMVERKA_METRICS_TOKEN")).findFirst().orElseThrow()
                .path("valueFrom").path("secretKeyRef");

        assertThat(endpoint.path("port").asText()).isEqualTo("http");
        assertThat(endpoint.path("authorization").path("type").asText()).isEqualTo("Bearer");
        assertThat(credentials.path("name").asText()).isNotBlank().isEqualTo(podToken.path("name").asText());
        assertThat(credentials.path("key").asText()).isNotBlank().isEqualTo(podToken.path("key").asText());

        HttpResponse<String> scrape = get(endpoint.path("path").asText(), "Bearer " + METRICS_TOKEN);
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).contains("# TYPE jvm_memory_used_bytes gauge");
        assertThat(get(endpoint.path("path").asText()).statusCode()).as("without the token").isEqualTo(401);
    }

    @Test
    void withoutTheServiceMonitorThePodGetsNoMetricsToken() {
        JsonNode env = Chart.withDefaultValues().render().portalContainer().path("env");

        assertThat(StreamSupport.stream(env.spliterator(), false).map(e -> e.path("name").asText()))
                .doesNotContain("SAMVERKA_METRICS_TOKEN");
    }

    private static final String PLATFORM_ADMINISTRATOR = "Basic "
            + Base64.getEncoder().encodeToString("platform:demo".getBytes(StandardCharsets.UTF_8));

    private static HttpResponse<String> get(String path) throws Exception {
        return get(path, null);
    }

    private static HttpResponse<String> get(String path, String authorization) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + portal.getPort() + path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .header("Host", "10.244.1.17:" + portal.getPort())
                .timeout(Duration.ofSeconds(10))
                .GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
