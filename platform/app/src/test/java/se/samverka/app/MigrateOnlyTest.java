package se.samverka.app;

import org.junit.jupiter.api.Test;
import se.samverka.testkit.PortalTestServer;
import se.samverka.testkit.TestDatabase;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The migrations job of the Helm chart: migrate the database and apply the tenants, serve nothing. */
class MigrateOnlyTest {

    @Test
    void migratesTheDatabaseAndAppliesTheTenantsWithoutServing() throws Exception {
        try (TestDatabase database = TestDatabase.create()) {
            Map<String, Object> properties = new HashMap<>(database.micronautProperties());
            properties.put("samverka.tenants-dir", PortalTestServer.repositoryTenants().toString());

            SamverkaApplication.migrate(properties);

            try (Connection c = database.connect();
                 ResultSet tenants = c.createStatement().executeQuery("SELECT COUNT(*) FROM tenant");
                 ResultSet history = c.createStatement().executeQuery("SELECT COUNT(*) FROM flyway_history_platform")) {
                tenants.next();
                history.next();
                assertThat(tenants.getInt(1)).isEqualTo(4);
                assertThat(history.getInt(1)).isGreaterThanOrEqualTo(2);
            }
        }
    }
}
