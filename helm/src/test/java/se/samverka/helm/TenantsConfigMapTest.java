package se.samverka.helm;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The repository's tenants/ reach the pods as a ConfigMap. Helm cannot read outside the chart, so
 * the chart keeps a copy in helm/tenants/; this test keeps the copy identical to tenants/.
 */
class TenantsConfigMapTest {

    private static final String HOW_TO_FIX =
            "helm/tenants/ must be an exact copy of the repository's tenants/: from the repository root run "
                    + "'rm -f helm/tenants/*.yaml helm/tenants/*.yml && cp tenants/*.yaml helm/tenants/'";

    @Test
    void theChartsTenantFilesAreIdenticalToTheRepositorysTenants() throws IOException {
        assertThat(tenantFiles(Chart.DIR.resolve("tenants")))
                .as(HOW_TO_FIX)
                .isEqualTo(tenantFiles(Chart.REPOSITORY_TENANTS));
    }

    @Test
    void theConfigMapHoldsEveryTenantFileOfTheRepository() throws IOException {
        JsonNode data = Chart.withDefaultValues().render().one("ConfigMap").path("data");
        Map<String, String> rendered = new TreeMap<>();
        data.fields().forEachRemaining(e -> rendered.put(e.getKey(), e.getValue().asText()));

        Map<String, String> repository = tenantFiles(Chart.REPOSITORY_TENANTS);
        assertThat(repository).isNotEmpty();
        assertThat(rendered).as(HOW_TO_FIX).isEqualTo(repository);
    }

    @Test
    void theTenantFilesAreMountedWhereThePortalReadsThem() {
        Chart.Manifests manifests = Chart.withDefaultValues().render();
        JsonNode deployment = manifests.deployment();
        JsonNode container = Chart.Manifests.container(deployment, "portal");

        assertThat(Chart.Manifests.env(container).get("SAMVERKA_TENANTS_DIR").path("value").asText()).isEqualTo("/config/tenants");
        JsonNode mount = mount(container, "tenants");
        assertThat(mount.path("mountPath").asText()).isEqualTo("/config/tenants");
        assertThat(mount.path("readOnly").asBoolean()).isTrue();
        assertThat(volume(deployment, "tenants").path("configMap").path("name").asText())
                .isEqualTo(manifests.one("ConfigMap").path("metadata").path("name").asText());
    }

    @Test
    void aChangedTenantFileRollsThePods() {
        JsonNode annotations = Chart.withDefaultValues().render().deployment()
                .path("spec").path("template").path("metadata").path("annotations");

        assertThat(annotations.path("checksum/tenants").asText()).hasSize(64);
    }

    @Test
    void anOperatorsOwnConfigMapReplacesTheChartsTenants() {
        Chart.Manifests manifests = Chart.withDefaultValues().set("tenants.existingConfigMap", "our-tenants").render();

        assertThat(manifests.kinds()).doesNotContain("ConfigMap");
        assertThat(volume(manifests.deployment(), "tenants").path("configMap").path("name").asText()).isEqualTo("our-tenants");
    }

    private static Map<String, String> tenantFiles(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path file : list.toList()) {
                String name = file.getFileName().toString();
                if (Files.isRegularFile(file) && (name.endsWith(".yaml") || name.endsWith(".yml"))) {
                    files.put(name, Files.readString(file));
                }
            }
        }
        return files;
    }

    private static JsonNode mount(JsonNode container, String name) {
        for (JsonNode mount : container.path("volumeMounts")) {
            if (name.equals(mount.path("name").asText())) {
                return mount;
            }
        }
        throw new AssertionError("no volume mount " + name);
    }

    private static JsonNode volume(JsonNode deployment, String name) {
        for (JsonNode volume : deployment.path("spec").path("template").path("spec").path("volumes")) {
            if (name.equals(volume.path("name").asText())) {
                return volume;
            }
        }
        throw new AssertionError("no volume " + name);
    }
}
