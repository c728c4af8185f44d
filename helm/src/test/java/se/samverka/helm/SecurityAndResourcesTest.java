package se.samverka.helm;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Non-root, read-only root filesystem, a writable /tmp, resources, JVM flags, graceful shutdown. */
class SecurityAndResourcesTest {

    @Test
    void thePortalRunsAsNonRootOnAReadOnlyRootFilesystem() {
        JsonNode deployment = Chart.withDefaultValues().render().deployment();
        JsonNode pod = deployment.path("spec").path("template").path("spec").path("securityContext");
        JsonNode container = Chart.Manifests.container(deployment, "portal").path("securityContext");

        assertThat(pod.path("runAsNonRoot").asBoolean()).isTrue();
        assertThat(pod.path("runAsUser").asInt()).isEqualTo(10001);
        assertThat(pod.path("seccompProfile").path("type").asText()).isEqualTo("RuntimeDefault");
        assertThat(container.path("runAsNonRoot").asBoolean()).isTrue();
        assertThat(container.path("runAsUser").asInt()).isEqualTo(10001);
        assertThat(container.path("readOnlyRootFilesystem").asBoolean()).isTrue();
        assertThat(container.path("allowPrivilegeEscalation").isBoolean()).isTrue();
        assertThat(container.path("allowPrivilegeEscalation").asBoolean()).isFalse();
        assertThat(container.path("capabilities").path("drop").toString()).isEqualTo("[\"ALL\"]");
        assertThat(container.path("seccompProfile").path("type").asText()).isEqualTo("RuntimeDefault");
    }

    @Test
    void theMigrationsJobRunsWithTheSameSecurityContext() {
        JsonNode job = Chart.withProductionValues().hooksAsManifests().render().one("Job");
        JsonNode container = Chart.Manifests.container(job, "migrations").path("securityContext");

        assertThat(job.path("spec").path("template").path("spec").path("securityContext").path("runAsNonRoot").asBoolean()).isTrue();
        assertThat(container.path("readOnlyRootFilesystem").asBoolean()).isTrue();
        assertThat(container.path("runAsNonRoot").asBoolean()).isTrue();
    }

    @Test
    void theSchemaRefusesARootOrWritableContainer() {
        assertThatThrownBy(() -> Chart.withDefaultValues().set("securityContext.readOnlyRootFilesystem", false).renderText())
                .hasMessageContaining("at '/securityContext/readOnlyRootFilesystem'");
        assertThatThrownBy(() -> Chart.withDefaultValues().set("securityContext.runAsNonRoot", false).renderText())
                .hasMessageContaining("at '/securityContext/runAsNonRoot'");
    }

    @Test
    void tmpIsAWritableEmptyDir() {
        JsonNode deployment = Chart.withDefaultValues().render().deployment();
        JsonNode container = Chart.Manifests.container(deployment, "portal");

        assertThat(container.path("volumeMounts").findValuesAsText("mountPath")).contains("/tmp");
        JsonNode tmp = null;
        for (JsonNode volume : deployment.path("spec").path("template").path("spec").path("volumes")) {
            if (volume.path("name").asText().equals("tmp")) {
                tmp = volume;
            }
        }
        assertThat(tmp).isNotNull();
        assertThat(tmp.has("emptyDir")).isTrue();
    }

    @Test
    void theWorkingDirectoryIsWritable() {
        // Tomcat creates tomcat.<port> in the working directory and refuses to start where it cannot
        for (JsonNode container : new JsonNode[] {
                Chart.withDefaultValues().render().portalContainer(),
                Chart.Manifests.container(Chart.withProductionValues().hooksAsManifests().render().one("Job"), "migrations")}) {
            assertThat(container.path("workingDir").asText()).isEqualTo("/tmp");
            assertThat(container.path("volumeMounts").findValuesAsText("mountPath")).contains("/tmp");
        }
    }

    @Test
    void requestsAndLimitsAreSetAsGivenInTheValues() {
        JsonNode defaults = Chart.withDefaultValues().render().portalContainer().path("resources");
        JsonNode production = Chart.withProductionValues().render().portalContainer().path("resources");

        assertThat(defaults.path("requests").path("cpu").asText()).isEqualTo("500m");
        assertThat(defaults.path("requests").path("memory").asText()).isEqualTo("1Gi");
        assertThat(defaults.path("limits").path("memory").asText()).isEqualTo("1536Mi");
        assertThat(production.path("requests").path("memory").asText()).isEqualTo("2Gi");
        assertThat(production.path("limits").path("memory").asText()).isEqualTo("3Gi");
        assertThat(production.path("limits").path("cpu").asText()).isEqualTo("4");
    }

    @Test
    void theJvmSizesItsHeapFromTheContainersMemoryLimit() {
        Map<String, JsonNode> env = Chart.Manifests.env(Chart.withDefaultValues().render().portalContainer());

        assertThat(env.get("JAVA_TOOL_OPTIONS").path("value").asText())
                .contains("-XX:MaxRAMPercentage=75")
                .contains("-XX:+ExitOnOutOfMemoryError")
                .doesNotContain("-Xmx");
    }

    @Test
    void shutdownLeavesTimeForRequestsInProgress() {
        JsonNode deployment = Chart.withDefaultValues().render().deployment();
        JsonNode pod = deployment.path("spec").path("template").path("spec");
        JsonNode preStop = Chart.Manifests.container(deployment, "portal").path("lifecycle").path("preStop").path("exec").path("command");

        assertThat(pod.path("terminationGracePeriodSeconds").asInt()).isEqualTo(40);
        assertThat(preStop.get(0).asText()).isEqualTo("sleep");
        int sleep = Integer.parseInt(preStop.get(1).asText());
        // the portal waits up to 25 s for requests in progress after SIGTERM, which follows the preStop sleep
        assertThat(sleep + 25).isLessThanOrEqualTo(pod.path("terminationGracePeriodSeconds").asInt());
    }

    @Test
    void aGracePeriodTooShortForTheShutdownIsRefused() {
        assertThatThrownBy(() -> Chart.withDefaultValues().set("terminationGracePeriodSeconds", 20).renderText())
                .hasMessageContaining("terminationGracePeriodSeconds (20) must be at least preStopSleepSeconds (10) + 25 s");
    }

    @Test
    void podsGetNoKubernetesApiToken() {
        Chart.Manifests manifests = Chart.withDefaultValues().render();

        assertThat(manifests.one("ServiceAccount").path("automountServiceAccountToken").asBoolean(true)).isFalse();
        JsonNode pod = manifests.deployment().path("spec").path("template").path("spec");
        assertThat(pod.path("automountServiceAccountToken").asBoolean(true)).isFalse();
        assertThat(pod.path("serviceAccountName").asText()).isEqualTo("samverka");
    }
}
