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
    void sessionsAreKeptAndEndedInH2AsInMySql() {
        Map<String, Object> properties = Map.of(
                "samverka.data-dir", data.toString().replaceFirst("^/", ""),
                "datasources.default.url", "jdbc:h2:file:" + data.resolve("samverka") + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE",
                "samverka.tenants-dir", TestTenants.FOLDER.toString(),
                "samverka.session.roles-refresh", "0s");
        try (ApplicationContext context = ApplicationContext.run(properties)) {
            var sessions = context.getBean(se.samverka.platform.core.security.PortalSessions.class);
            var user = new se.samverka.platform.api.security.CurrentUser.PortalUser("officer.tenant-a", "Officer",
                    java.util.Set.of("tenant-admin"), java.util.List.of("tenant-a"), java.util.Optional.empty());
            String id = sessions.open(user, null);

            // read again from the demo users at once (roles-refresh 0), then ended
            assertThat(sessions.check(id)).hasValueSatisfying(u -> assertThat(u.roles()).containsExactly("case-officer"));
            sessions.rolesChanged("officer.tenant-a");
            assertThat(sessions.check(id)).isPresent();
            sessions.revoke(id);
            assertThat(sessions.check(id)).isEmpty();
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
