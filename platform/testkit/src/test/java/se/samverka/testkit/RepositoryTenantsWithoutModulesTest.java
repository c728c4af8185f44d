package se.samverka.testkit;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class RepositoryTenantsWithoutModulesTest {

    @Test
    void everyTenantIsCopiedWithItsModulesEmptiedAndTheRestUnchanged() throws IOException {
        Path copy = PortalTestServer.repositoryTenantsWithoutModules();
        try (Stream<Path> files = Files.list(PortalTestServer.repositoryTenants())) {
            for (Path original : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                String before = Files.readString(original);
                String after = Files.readString(copy.resolve(original.getFileName()));
                assertThat(after).contains("\nmodules: []\n").doesNotContain("agreements");
                assertThat(after.replace("modules: []\n", ""))
                        .isEqualTo(before.replaceAll("(?m)^modules:.*\\n", ""));
            }
        }
    }

    @Test
    void aModulesTestsKeepOnlyTheirModuleInEachTenant() throws IOException {
        Path copy = PortalTestServer.repositoryTenantsWith("groups");
        assertThat(Files.readString(copy.resolve("orust.yaml"))).contains("\nmodules: [groups]\n").doesNotContain("agreements");
        assertThat(Files.readString(copy.resolve("region-stockholm.yaml"))).contains("\nmodules: []\n");
        assertThat(Files.readString(PortalTestServer.repositoryTenantsWith("agreements", "groups").resolve("orust.yaml")))
                .contains("\nmodules: [agreements, groups]\n");
    }
}
