package se.samverka.helm;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Replicas, autoscaler bounds, disruption budget and rolling updates as the values give them. */
class ScalingTest {

    @Test
    void theAutoscalerHasTheBoundsOfTheDefaultValues() {
        Chart.Manifests manifests = Chart.withDefaultValues().render();
        JsonNode hpa = manifests.one("HorizontalPodAutoscaler");

        assertThat(hpa.path("apiVersion").asText()).isEqualTo("autoscaling/v2");
        assertThat(hpa.path("spec").path("minReplicas").asInt()).isEqualTo(2);
        assertThat(hpa.path("spec").path("maxReplicas").asInt()).isEqualTo(6);
        assertThat(hpa.path("spec").path("metrics").get(0).path("resource").path("name").asText()).isEqualTo("cpu");
        assertThat(hpa.path("spec").path("metrics").get(0).path("resource").path("target").path("averageUtilization").asInt())
                .isEqualTo(70);
        assertThat(hpa.path("spec").path("scaleTargetRef").path("name").asText())
                .isEqualTo(manifests.deployment().path("metadata").path("name").asText());
        // the autoscaler owns the replica count
        assertThat(manifests.deployment().path("spec").has("replicas")).isFalse();
    }

    @Test
    void theAutoscalerHasTheBoundsOfTheProductionValues() {
        JsonNode spec = Chart.withProductionValues().render().one("HorizontalPodAutoscaler").path("spec");

        assertThat(spec.path("minReplicas").asInt()).isEqualTo(3);
        assertThat(spec.path("maxReplicas").asInt()).isEqualTo(10);
        assertThat(spec.path("metrics").get(0).path("resource").path("target").path("averageUtilization").asInt()).isEqualTo(65);
    }

    @Test
    void withoutAutoscalingTheDeploymentHasTheReplicaCount() {
        Chart.Manifests manifests = Chart.withDefaultValues()
                .set("autoscaling.enabled", false)
                .set("replicaCount", 4)
                .render();

        assertThat(manifests.kinds()).doesNotContain("HorizontalPodAutoscaler");
        assertThat(manifests.deployment().path("spec").path("replicas").asInt()).isEqualTo(4);
    }

    @Test
    void aMinimumAboveTheMaximumIsRefused() {
        assertThatThrownBy(() -> Chart.withDefaultValues()
                .set("autoscaling.minReplicas", 8).set("autoscaling.maxReplicas", 3).renderText())
                .hasMessageContaining("autoscaling.minReplicas (8) must not exceed autoscaling.maxReplicas (3)");
    }

    @Test
    void aDisruptionKeepsAtLeastOnePortalPod() {
        Chart.Manifests manifests = Chart.withDefaultValues().render();
        JsonNode pdb = manifests.one("PodDisruptionBudget");

        assertThat(pdb.path("spec").path("minAvailable").asInt()).isEqualTo(1);
        assertThat(pdb.path("spec").path("selector").path("matchLabels"))
                .isEqualTo(manifests.deployment().path("spec").path("selector").path("matchLabels"));
    }

    @Test
    void rollingUpdatesNeverDropAReadyPod() {
        JsonNode strategy = Chart.withDefaultValues().render().deployment().path("spec").path("strategy");

        assertThat(strategy.path("type").asText()).isEqualTo("RollingUpdate");
        assertThat(strategy.path("rollingUpdate").path("maxUnavailable").asInt()).isZero();
        assertThat(strategy.path("rollingUpdate").path("maxSurge").asInt()).isEqualTo(1);
    }

    @Test
    void theServiceSelectsThePortalPodsOnly() {
        Chart.Manifests manifests = Chart.withProductionValues().hooksAsManifests().render();
        JsonNode selector = manifests.one("Service").path("spec").path("selector");
        JsonNode jobPodLabels = manifests.one("Job").path("spec").path("template").path("metadata").path("labels");

        assertThat(selector).isEqualTo(manifests.deployment().path("spec").path("selector").path("matchLabels"));
        assertThat(selector.path("app.kubernetes.io/component").asText()).isEqualTo("portal");
        assertThat(jobPodLabels.path("app.kubernetes.io/component").asText()).isEqualTo("migrations");
    }
}
