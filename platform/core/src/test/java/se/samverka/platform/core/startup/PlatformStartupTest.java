package se.samverka.platform.core.startup;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverka.platform.core.TestTenants;
import se.samverka.testkit.PortalTestServer;
import se.samverka.testkit.TestDatabase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What start-up refuses, and that a refused start applies nothing. */
class PlatformStartupTest {

    @TempDir
    Path tenants;

    @Test
    void aMalformedTenantFileStopsStartUpNamingFileAndFieldAndAppliesNothing() throws Exception {
        copyTestTenants();
        Files.writeString(tenants.resolve("tenant-b.yaml"),
                Files.readString(tenants.resolve("tenant-b.yaml")).replace("kind: region", "kind: county"));

        assertThatThrownBy(() -> PortalTestServer.start(tenants, Map.of()))
                .rootCause().hasMessageContaining("tenant-b.yaml").hasMessageContaining("'kind'");
    }

    @Test
    void aModuleNamedInATenantFileButNotInstalledStopsStartUp() throws Exception {
        copyTestTenants();
        Files.writeString(tenants.resolve("tenant-c.yaml"),
                Files.readString(tenants.resolve("tenant-c.yaml")).replace("modules: []", "modules: [partnerships]"));

        assertThatThrownBy(() -> PortalTestServer.start(tenants, Map.of()))
                .rootCause().hasMessageContaining("tenant-c.yaml").hasMessageContaining("partnerships")
                .hasMessageContaining("not installed");
    }

    @Test
    void nothingFromAnyFileIsAppliedWhenOneIsMalformed() throws Exception {
        copyTestTenants();
        Files.writeString(tenants.resolve("tenant-c.yaml"), "id: tenant-c\nname: [broken");
        try (TestDatabase database = TestDatabase.create()) {
            assertThatThrownBy(() -> io.micronaut.context.ApplicationContext.run(io.micronaut.runtime.server.EmbeddedServer.class,
                    Map.of("datasources.default.url", database.jdbcUrl(), "datasources.default.username", database.username(),
                            "datasources.default.password", database.password(), "micronaut.server.port", -1,
                            "samverka.tenants-dir", tenants.toString())));
            try (Connection c = database.connect(); ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM tenant")) {
                rs.next();
                assertThat(rs.getInt(1)).isZero();
            }
        }
    }

    @Test
    void theProdEnvironmentRefusesDemoUsers() throws Exception {
        copyTestTenants();

        assertThatThrownBy(() -> PortalTestServer.start(tenants, Map.of("samverka.demo-users.enabled", true,
                "samverka.session.secret", "a-real-production-secret-of-enough-length-123",
                "samverka.oidc.issuer", "http://127.0.0.1:9/realms/samverka", "samverka.oidc.client-secret", "x"), "prod"))
                .rootCause().hasMessageContaining("demo users");
    }

    @Test
    void theProdEnvironmentRefusesTheEmbeddedSessionSecret() throws Exception {
        copyTestTenants();

        assertThatThrownBy(() -> PortalTestServer.start(tenants, Map.of(
                "samverka.session.secret", "embedded-default-session-secret-not-for-production-use-0001",
                "samverka.oidc.issuer", "http://127.0.0.1:9/realms/samverka", "samverka.oidc.client-secret", "x"), "prod"))
                .rootCause().hasMessageContaining("SAMVERKA_SESSION_SECRET");
    }

    @Test
    void theProdEnvironmentRefusesToStartWithoutOidcSettings() throws Exception {
        copyTestTenants();

        assertThatThrownBy(() -> PortalTestServer.start(tenants, Map.of(
                "samverka.session.secret", "a-real-production-secret-of-enough-length-123"), "prod"))
                .rootCause().hasMessageContaining("OIDC_ISSUER");
    }

    @Test
    void startingTwiceAppliesTheTenantFilesIdempotently() throws Exception {
        copyTestTenants();
        try (TestDatabase database = TestDatabase.create()) {
            Map<String, Object> props = new java.util.HashMap<>(database.micronautProperties());
            props.put("micronaut.server.port", -1);
            props.put("samverka.tenants-dir", tenants.toString());
            io.micronaut.context.ApplicationContext.run(props).close();
            Files.writeString(tenants.resolve("tenant-a.yaml"),
                    Files.readString(tenants.resolve("tenant-a.yaml")).replace("Kommun A", "Kommun A (nytt namn)"));
            io.micronaut.context.ApplicationContext.run(props).close();

            try (Connection c = database.connect();
                 ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*), MAX(name) FROM tenant WHERE id = 'tenant-a'")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
                assertThat(rs.getString(2)).isEqualTo("Kommun A (nytt namn)");
            }
            try (Connection c = database.connect();
                 ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM tenant_module WHERE tenant_id = 'tenant-a'")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(2);
            }
        }
    }

    private void copyTestTenants() throws IOException {
        try (var files = Files.list(TestTenants.FOLDER)) {
            for (Path file : files.toList()) {
                Files.copy(file, tenants.resolve(file.getFileName()));
            }
        }
    }
}
