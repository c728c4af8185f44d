package se.samverka.testkit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fresh, empty MySQL-compatible database for one test class, on a real server reached through
 * MySQL Connector/J. The server is, in this order:
 * <ol>
 *   <li>the one named by {@code SAMVERKA_TEST_DB_URL} (plus {@code _USER}, {@code _PASSWORD}),
 *       which {@code .ci/run} provides;</li>
 *   <li>a MySQL container through Testcontainers, where a Docker engine answers;</li>
 *   <li>a throwaway MariaDB started from the machine's {@code mariadbd} on a free port.</li>
 * </ol>
 * With none of them the test fails with a message that says what to install; it never skips.
 */
public final class TestDatabase implements AutoCloseable {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final DatabaseServer server;
    private final String name;

    private TestDatabase(DatabaseServer server, String name) {
        this.server = server;
        this.name = name;
    }

    /** Creates a new database with a unique name on the shared test server. */
    public static TestDatabase create() {
        return createOn(DatabaseServer.shared());
    }

    static TestDatabase createOn(DatabaseServer server) {
        String name = "samverka_t" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        server.execute("DROP DATABASE IF EXISTS " + name);
        server.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        return new TestDatabase(server, name);
    }

    public String name() {
        return name;
    }

    public String jdbcUrl() {
        return server.jdbcUrl(name);
    }

    public String username() {
        return server.username();
    }

    public String password() {
        return server.password();
    }

    /** Micronaut properties that point the default datasource at this database. */
    public Map<String, Object> micronautProperties() {
        return Map.of(
                "datasources.default.url", jdbcUrl(),
                "datasources.default.username", username(),
                "datasources.default.password", password(),
                "datasources.default.driver-class-name", "com.mysql.cj.jdbc.Driver");
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), username(), password());
    }

    /** Runs statements directly, as a test's own check of what was stored. */
    public void execute(String sql) {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    @Override
    public void close() {
        server.execute("DROP DATABASE IF EXISTS " + name);
    }
}
