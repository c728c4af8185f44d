package se.samverka.platform.core.startup;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverka.platform.core.TestTenants;
import se.samverka.platform.core.module.ModuleEnablement;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded default: no database configured, a file-based H2 in MySQL mode that survives restarts. */
class EmbeddedDefaultTest {

    @TempDir
    Path data;

    @Test
    void dataIsKeptAcrossRestarts() {
        Map<String, Object> properties = Map.of(
                "samverka.data-dir", data.toString().replaceFirst("^/", ""),
                "datasources.default.url", "jdbc:h2:file:" + data.resolve("samverka") + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE",
                "samverka.tenants-dir", TestTenants.FOLDER.toString());
        try (ApplicationContext first = ApplicationContext.run(properties)) {
            first.getBean(ModuleEnablement.class).setEnabled("tenant-c", "beta", true, "test");
        }
        assertThat(Files.exists(data.resolve("samverka.mv.db"))).isTrue();

        try (ApplicationContext second = ApplicationContext.run(properties)) {
            assertThat(second.getBean(ModuleEnablement.class).isEnabled("tenant-c", "beta")).isTrue();
        }
    }

    @Test
    void theDefaultUrlIsAFileBasedH2InMySqlModeUnderTheDataFolder() {
        try (ApplicationContext context = ApplicationContext.builder().properties(Map.of(
                "samverka.data-dir", "target/embedded-default-" + ProcessHandle.current().pid(),
                "samverka.tenants-dir", TestTenants.FOLDER.toString())).start()) {
            String url = context.getProperty("datasources.default.url", String.class).orElseThrow();

            assertThat(url).startsWith("jdbc:h2:file:./target/embedded-default-").contains("MODE=MySQL");
        }
    }
}
