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
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The probes call endpoints the portal really serves: the paths are taken from the rendered
 * Deployment and asked of the real portal (its embedded default, H2, on a free port), with a Host
 * header like the kubelet's (the pod's IP), which is neither a platform host nor a tenant's.
 */
class HealthProbesTest {

    @TempDir
    static Path data;

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
                "samverka.tenants-dir", Chart.REPOSITORY_TENANTS.toString()));
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
        }
    }

    @Test
    void readinessChecksTheDatabaseAndLivenessDoesNot() throws Exception {
        JsonNode container = Chart.withDefaultValues().render().portalContainer();
        JsonNode readiness = new ObjectMapper().readTree(
                get(container.path("readinessProbe").path("httpGet").path("path").asText()).body());
        JsonNode liveness = new ObjectMapper().readTree(
                get(container.path("livenessProbe").path("httpGet").path("path").asText()).body());

        // a database outage takes pods out of the Service but does not restart them
        assertThat(readiness.path("details").has("jdbc")).as(readiness.toString()).isTrue();
        assertThat(liveness.path("details").has("jdbc")).as(liveness.toString()).isFalse();
    }

    @Test
    void theServiceMonitorScrapesThePortalsPrometheusEndpoint() throws Exception {
        JsonNode endpoint = Chart.withProductionValues().render().one("ServiceMonitor").path("spec").path("endpoints").get(0);
        HttpResponse<String> response = get(endpoint.path("path").asText());

        assertThat(endpoint.path("port").asText()).isEqualTo("http");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("# TYPE jvm_memory_used_bytes gauge");
    }

    private static HttpResponse<String> get(String path) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + portal.getPort() + path);
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Host", "10.244.1.17:" + portal.getPort())
                .timeout(Duration.ofSeconds(10))
                .GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
