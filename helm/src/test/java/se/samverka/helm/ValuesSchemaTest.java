package se.samverka.helm;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** values.schema.json turns wrong values into a clear message naming the value, before anything is rendered. */
class ValuesSchemaTest {

    private static final String SCHEMA_FAILURE = "values don't meet the specifications of the schema(s)";

    @Test
    void aStringForTheReplicaCountIsRejected() {
        assertThatThrownBy(() -> Chart.withDefaultValues().set("replicaCount", "three").renderText())
                .hasMessageContaining(SCHEMA_FAILURE)
                .hasMessageContaining("at '/replicaCount': got string, want integer");
    }

    @Test
    void aMissingDatabaseHostIsRejected() {
        // --set database.host=null removes the key, as an operator's values file without it would
        assertThatThrownBy(() -> Chart.withDefaultValues().set("database.host", "null").renderText())
                .hasMessageContaining(SCHEMA_FAILURE)
                .hasMessageContaining("at '/database': missing property 'host'");
    }

    @Test
    void aValuesFileWithoutADatabaseHostIsRejected(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path values = Files.writeString(dir.resolve("values.yaml"), """
                database:
                  host: null
                """);

        assertThatThrownBy(() -> Chart.withProductionValues().values(values).renderText())
                .hasMessageContaining("at '/database': missing property 'host'");
    }

    @Test
    void anEmptyDatabaseHostIsRejected() {
        assertThatThrownBy(() -> Chart.withDefaultValues().set("database.host", "").renderText())
                .hasMessageContaining("at '/database/host'")
                .hasMessageContaining("minLength");
    }

    @Test
    void aReplicaCountBelowOneIsRejected() {
        assertThatThrownBy(() -> Chart.withDefaultValues().set("replicaCount", 0).renderText())
                .hasMessageContaining("at '/replicaCount'");
    }

    @Test
    void aProbePathMustBeAnAbsolutePath() {
        assertThatThrownBy(() -> Chart.withDefaultValues().set("probes.readiness.path", "health").renderText())
                .hasMessageContaining("at '/probes/readiness/path'");
    }

    @Test
    void enabledOidcNeedsAnIssuer() {
        assertThatThrownBy(() -> Chart.withDefaultValues().set("oidc.issuer", "null").renderText())
                .hasMessageContaining("at '/oidc': missing property 'issuer'");
        assertThat(Chart.withDefaultValues().set("oidc.enabled", false).set("oidc.issuer", "null").render().kinds())
                .contains("Deployment");
    }

    @Test
    void aMisspelledSettingIsRejected() {
        assertThatThrownBy(() -> Chart.withDefaultValues().set("replicas", 3).renderText())
                .hasMessageContaining("additional properties 'replicas' not allowed");
    }

    @Test
    void theShippedValuesAreValid() {
        assertThat(Chart.withDefaultValues().renderText()).contains("kind: Deployment");
        assertThat(Chart.withProductionValues().renderText()).contains("kind: Deployment");
    }
}
