package se.samverka.helm;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The optional hook Job that runs the database migrations once per release. */
class MigrationsJobTest {

    @Test
    void thereIsNoJobByDefault() {
        assertThat(Chart.withDefaultValues().render().kinds()).doesNotContain("Job");
    }

    @Test
    void whenEnabledTheJobIsAHookNotPartOfTheReleaseManifest() {
        // Helm keeps hooks out of the release manifest: the Job is there only as a hook
        assertThat(Chart.withProductionValues().render().kinds()).contains("Deployment").doesNotContain("Job");
    }

    @Test
    void theJobRunsBeforeInstallAndUpgradeInMigrateOnlyMode() {
        Chart.Manifests manifests = Chart.withProductionValues().hooksAsManifests().render();
        JsonNode job = manifests.one("Job");
        JsonNode annotations = job.path("metadata").path("annotations");
        Map<String, JsonNode> env = Chart.Manifests.env(Chart.Manifests.container(job, "migrations"));

        // the helm.sh/hook annotations, renamed so that helm-java renders the hook (see Chart)
        assertThat(annotations.path(Chart.RENAMED_HOOK_ANNOTATION).asText()).isEqualTo("pre-install,pre-upgrade");
        assertThat(annotations.path(Chart.RENAMED_HOOK_ANNOTATION + "-delete-policy").asText())
                .isEqualTo("before-hook-creation,hook-succeeded");
        assertThat(job.path("spec").path("template").path("spec").path("restartPolicy").asText()).isEqualTo("Never");
        assertThat(env.get("SAMVERKA_MIGRATE_ONLY").path("value").asText()).isEqualTo("true");
        assertThat(Chart.Manifests.container(job, "migrations").path("image").asText())
                .isEqualTo(manifests.portalContainer().path("image").asText());
        // the same database as the portal
        Map<String, JsonNode> portalEnv = Chart.Manifests.env(manifests.portalContainer());
        for (String name : new String[] {"DATASOURCES_DEFAULT_URL", "DATASOURCES_DEFAULT_USERNAME", "DATASOURCES_DEFAULT_PASSWORD",
                "MICRONAUT_ENVIRONMENTS"}) {
            assertThat(env.get(name)).as(name).isEqualTo(portalEnv.get(name));
        }
    }
}
