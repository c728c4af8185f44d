package se.samverka.helm;

import com.fasterxml.jackson.databind.JsonNode;
import com.marcnuri.helm.Helm;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The chart renders with its default values and with a production-like values file. */
class ChartRenderingTest {

    @Test
    void defaultValuesRenderThePortalWithoutTheOptionalParts() {
        Chart.Manifests manifests = Chart.withDefaultValues().render();

        assertThat(manifests.kinds()).containsExactlyInAnyOrder(
                "ServiceAccount", "ConfigMap", "Service", "Deployment", "HorizontalPodAutoscaler",
                "PodDisruptionBudget", "NetworkPolicy", "Ingress");
    }

    @Test
    void productionValuesAddTheServiceMonitorAndTheMigrationsJob() {
        Chart.Manifests manifests = Chart.withProductionValues().hooksAsManifests().render();

        assertThat(manifests.kinds()).containsExactlyInAnyOrder(
                "ServiceAccount", "ConfigMap", "Service", "Deployment", "HorizontalPodAutoscaler",
                "PodDisruptionBudget", "NetworkPolicy", "Ingress", "ServiceMonitor", "Job");
        assertThat(manifests.portalContainer().path("image").asText())
                .isEqualTo("registry.kommun.example/samverka/samverka:0.1.0");
    }

    @Test
    void everyObjectIsLabelledWithTheRelease() {
        for (JsonNode object : Chart.withProductionValues().render().objects()) {
            JsonNode labels = object.path("metadata").path("labels");
            assertThat(labels.path("app.kubernetes.io/instance").asText())
                    .as("instance label of %s", object.path("kind").asText())
                    .isEqualTo(Chart.RELEASE);
            assertThat(labels.path("app.kubernetes.io/name").asText()).isEqualTo("samverka");
        }
    }

    @Test
    void theImageTagDefaultsToTheChartsAppVersion() {
        assertThat(Chart.withDefaultValues().render().portalContainer().path("image").asText())
                .isEqualTo("registry.example.org/samverka/samverka:0.1.0");
    }

    @Test
    void thePortalRunsInTheProdEnvironmentAgainstTheExternalDatabase() {
        var env = Chart.Manifests.env(Chart.withProductionValues().render().portalContainer());

        assertThat(env.get("MICRONAUT_ENVIRONMENTS").path("value").asText()).isEqualTo("prod");
        assertThat(env.get("SAMVERKA_DEMO_USERS_ENABLED").path("value").asText()).isEqualTo("false");
        assertThat(env.get("DATASOURCES_DEFAULT_URL").path("value").asText()).isEqualTo(
                "jdbc:mysql://mysql-primary.databases.svc.cluster.local:3306/samverka_prod"
                        + "?sslMode=REQUIRED&connectionTimeZone=UTC");
        assertThat(env.get("SAMVERKA_PLATFORM_HOSTS").path("value").asText()).isEqualTo("samverka.kommun.example");
        assertThat(env.get("OIDC_ISSUER").path("value").asText())
                .isEqualTo("https://login.kommun.example/realms/samverka");
        assertThat(env.get("MICRONAUT_SERVER_PORT").path("value").asText()).isEqualTo("8080");
        assertThat(env).containsKey("SAMVERKA_LOGIN_THROTTLE_PER_NAME_FREE_FAILURES");
        // behind the ingress the client's address is X-Forwarded-For's (sign-in throttling per client)
        assertThat(env.get("SAMVERKA_TRUSTED_PROXIES").path("value").asText()).isEqualTo("10.0.0.0/8,172.16.0.0/12,192.168.0.0/16,fc00::/7");
    }

    @Test
    void theInstallNotesNameTheSecretsToCreateAndWhereToLook() {
        // an install as a client-only dry run renders NOTES.txt without a cluster
        String output = new Helm(Chart.DIR).install()
                .withName(Chart.RELEASE).withNamespace(Chart.NAMESPACE).withKubeVersion(Chart.KUBE_VERSION)
                .withValuesFile(Chart.PRODUCTION_VALUES)
                .dryRun().clientOnly()
                .call().getOutput();

        assertThat(output)
                .contains("samverka-prod-db (keys db-user, db-password)")
                .contains("samverka-prod-session (key cookie-signing-secret)")
                .contains("samverka-prod-oidc (key portal-client-secret)")
                .contains("samverka-prod-smtp (keys smtp-user, smtp-password)")
                .contains("https://orust.samverka.kommun.example/")
                .contains("kubectl --namespace samverka rollout status deployment/samverka")
                .contains("Prometheus metrics: /prometheus");
    }
}
