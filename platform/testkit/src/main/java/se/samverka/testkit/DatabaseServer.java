package se.samverka.testkit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.MySQLContainer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** The one MySQL-compatible server the tests of this JVM share (see {@link TestDatabase}). */
final class DatabaseServer {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseServer.class);
    private static final String PARAMS =
            "?useSSL=false&allowPublicKeyRetrieval=true&characterEncoding=UTF-8&connectionTimeZone=UTC"
                    + "&forceConnectionTimeZoneToSession=true";
    private static DatabaseServer shared;

    private final String baseUrl;
    private final String username;
    private final String password;

    DatabaseServer(String baseUrl, String username, String password) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        this.username = username;
        this.password = password;
    }

    static synchronized DatabaseServer shared() {
        if (shared == null) {
            shared = find();
        }
        return shared;
    }

    private static DatabaseServer find() {
        String url = System.getenv("SAMVERKA_TEST_DB_URL");
        if (url != null && !url.isBlank()) {
            DatabaseServer server = new DatabaseServer(stripDatabase(url),
                    envOr("SAMVERKA_TEST_DB_USER", "root"), envOr("SAMVERKA_TEST_DB_PASSWORD", ""));
            server.execute("SELECT 1");
            LOG.info("Tests use the database server at {}", server.baseUrl);
            return server;
        }
        if (dockerAvailable()) {
            MySQLContainer<?> mysql = new MySQLContainer<>("mysql:8.4").withUsername("root").withPassword("test");
            mysql.start();
            Runtime.getRuntime().addShutdownHook(new Thread(mysql::stop));
            return new DatabaseServer("jdbc:mysql://" + mysql.getHost() + ":" + mysql.getFirstMappedPort() + "/",
                    "root", "test");
        }
        if (findMariadbd() != null) {
            MariaDbServer throwaway = MariaDbServer.start();
            LOG.info("Tests use a throwaway MariaDB (pid {}) on port {}", throwaway.pid(), throwaway.port());
            return throwaway.server();
        }
        throw new IllegalStateException("No MySQL-compatible server for the tests: set SAMVERKA_TEST_DB_URL "
                + "(e.g. jdbc:mysql://127.0.0.1:3306/ with SAMVERKA_TEST_DB_USER/_PASSWORD), start a Docker engine, "
                + "or install MariaDB (apt-get install mariadb-server). `bash .ci/run` does the latter for you.");
    }

    private static boolean dockerAvailable() {
        if (System.getenv("DOCKER_HOST") == null && !Files.exists(Path.of("/var/run/docker.sock"))) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static Path findMariadbd() {
        for (String candidate : List.of("/usr/sbin/mariadbd", "/usr/bin/mariadbd", "/usr/sbin/mysqld")) {
            Path path = Path.of(candidate);
            if (Files.isExecutable(path)) {
                return path;
            }
        }
        return null;
    }

    private static String stripDatabase(String url) {
        int slash = url.indexOf('/', "jdbc:mysql://".length());
        return slash < 0 ? url + "/" : url.substring(0, slash + 1);
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    String jdbcUrl(String database) {
        return baseUrl + database + PARAMS;
    }

    String username() {
        return username;
    }

    String password() {
        return password;
    }

    void execute(String sql) {
        try (Connection c = DriverManager.getConnection(baseUrl + PARAMS, username, password);
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Database server at " + baseUrl + " refused: " + sql, e);
        }
    }
}
