package se.samverka.helm;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Secrets live in existing Secrets: the chart only references them, never renders or inlines one. */
class SecretsByReferenceTest {

    private static final Pattern SECRET_NAME = Pattern.compile(".*(PASSWORD|SECRET|USERNAME|TOKEN|CREDENTIAL).*");

    @Test
    void noSecretObjectIsRendered() {
        assertThat(Chart.withDefaultValues().render().kinds()).doesNotContain("Secret");
        assertThat(Chart.withProductionValues().hooksAsManifests().render().kinds()).doesNotContain("Secret");
    }

    @Test
    void everySecretEnvVarOfEveryContainerIsASecretKeyRef() {
        Chart.Manifests manifests = Chart.withProductionValues().hooksAsManifests().render();
        int checked = 0;
        for (String kind : new String[] {"Deployment", "Job"}) {
            for (JsonNode workload : manifests.all(kind)) {
                for (JsonNode container : workload.path("spec").path("template").path("spec").path("containers")) {
                    for (Map.Entry<String, JsonNode> env : Chart.Manifests.env(container).entrySet()) {
                        if (SECRET_NAME.matcher(env.getKey()).matches()) {
                            checked++;
                            assertThat(env.getValue().has("value")).as("%s in %s is inlined", env.getKey(), kind).isFalse();
                            assertThat(env.getValue().path("valueFrom").path("secretKeyRef").path("name").asText())
                                    .as("%s in %s", env.getKey(), kind).isNotBlank();
                            assertThat(env.getValue().path("valueFrom").path("secretKeyRef").path("key").asText())
                                    .as("%s in %s", env.getKey(), kind).isNotBlank();
                        }
                    }
                }
            }
        }
        // database user and password, session secret, OIDC client and admin secrets, SMTP user and password,
        // twice (Deployment and migrations Job); the metrics token once (the Job serves no metrics)
        assertThat(checked).isEqualTo(15);
    }

    @Test
    void theReferencesNameTheSecretsAndKeysOfTheValues() {
        Map<String, JsonNode> env = Chart.Manifests.env(Chart.withProductionValues().render().portalContainer());

        assertRef(env, "DATASOURCES_DEFAULT_USERNAME", "samverka-prod-db", "db-user");
        assertRef(env, "DATASOURCES_DEFAULT_PASSWORD", "samverka-prod-db", "db-password");
        assertRef(env, "SAMVERKA_SESSION_SECRET", "samverka-prod-session", "cookie-signing-secret");
        assertRef(env, "OIDC_CLIENT_SECRET", "samverka-prod-oidc", "portal-client-secret");
        assertRef(env, "OIDC_ADMIN_CLIENT_SECRET", "samverka-prod-oidc", "admin-client-secret");
        assertRef(env, "JAVAMAIL_AUTHENTICATION_USERNAME", "samverka-prod-smtp", "smtp-user");
        assertRef(env, "JAVAMAIL_AUTHENTICATION_PASSWORD", "samverka-prod-smtp", "smtp-password");
        assertRef(env, "SAMVERKA_METRICS_TOKEN", "samverka-prod-metrics", "scrape-token");
    }

    @Test
    void aPasswordWrittenIntoTheValuesIsRejected() {
        assertThatThrownBy(() -> Chart.withDefaultValues().set("database.password", "hunter2").renderText())
                .hasMessageContaining("at '/database': additional properties 'password' not allowed");
        assertThatThrownBy(() -> Chart.withDefaultValues().set("oidc.clientSecret", "s3cret").renderText())
                .hasMessageContaining("at '/oidc': additional properties 'clientSecret' not allowed");
    }

    private static void assertRef(Map<String, JsonNode> env, String name, String secret, String key) {
        JsonNode ref = env.get(name).path("valueFrom").path("secretKeyRef");
        assertThat(ref.path("name").asText()).as(name).isEqualTo(secret);
        assertThat(ref.path("key").asText()).as(name).isEqualTo(key);
    }
}
