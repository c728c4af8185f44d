package se.samverka.testkit;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A whole portal for a test class: the real embedded server (Tomcat with Vaadin and Micronaut) on
 * a free port, on a fresh database of the real MySQL-compatible test server. Start it in
 * {@code @BeforeAll} (a failure there fails the class: it never skips) and close it in {@code @AfterAll}.
 */
public final class PortalTestServer implements AutoCloseable {

    private final TestDatabase database;
    private final EmbeddedServer server;
    private final boolean ownsDatabase;

    private PortalTestServer(TestDatabase database, EmbeddedServer server, boolean ownsDatabase) {
        this.database = database;
        this.server = server;
        this.ownsDatabase = ownsDatabase;
    }

    /** A portal with the given tenants folder and extra properties. */
    public static PortalTestServer start(Path tenantsDir, Map<String, Object> extraProperties, String... environments) {
        TestDatabase database = TestDatabase.create();
        try {
            return start(database, true, tenantsDir, extraProperties, environments);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /**
     * Another portal instance on a database that already exists (e.g. the one of a first instance):
     * what several replicas of one deployment are. Closing it leaves the database alone.
     */
    public static PortalTestServer startOn(TestDatabase database, Path tenantsDir, Map<String, Object> extraProperties) {
        return start(database, false, tenantsDir, extraProperties);
    }

    private static PortalTestServer start(TestDatabase database, boolean ownsDatabase, Path tenantsDir,
                                          Map<String, Object> extraProperties, String... environments) {
        Map<String, Object> properties = new HashMap<>(database.micronautProperties());
        properties.put("micronaut.server.port", FreePorts.next());
        properties.put("micronaut.server.host", "127.0.0.1");
        properties.put("samverka.tenants-dir", tenantsDir.toAbsolutePath().toString());
        properties.put("micronaut.lifecycle.graceful-shutdown.grace-period", "1s");
        // tests run jobs themselves, for the day they choose: no catch-up run of today's at start
        properties.put("samverka.jobs.catch-up-on-start", false);
        properties.putAll(extraProperties);
        EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties, environments);
        return new PortalTestServer(database, server, ownsDatabase);
    }

    /** The repository's own {@code tenants/} folder, found from the module's working directory. */
    public static Path repositoryTenants() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !dir.resolve("tenants").toFile().isDirectory()) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("No tenants/ folder above " + Path.of("").toAbsolutePath());
        }
        return dir.resolve("tenants");
    }

    /**
     * The repository's tenants with no module enabled, for a portal whose tests install none of the
     * repository's modules (the platform refuses a tenant file naming a module it does not have).
     * Only the {@code modules} entry changes: identity, hosts and colours are the repository's.
     */
    public static Path repositoryTenantsWithoutModules() {
        return repositoryTenantsWith();
    }

    /**
     * The repository's tenants with only the given modules kept in their {@code modules} entries: a module's
     * tests install that module, not the others a tenant file may name.
     */
    public static Path repositoryTenantsWith(String... installed) {
        Set<String> kept = Set.of(installed);
        try {
            Path copy = Files.createTempDirectory("samverka-tenants");
            copy.toFile().deleteOnExit();
            try (Stream<Path> files = Files.list(repositoryTenants())) {
                for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                    String yaml = Files.readString(file);
                    Matcher entry = MODULES.matcher(yaml);
                    String modules = "[]";
                    if (entry.find()) {
                        List<String> named = new ArrayList<>();
                        Matcher id = MODULE_ID.matcher(entry.group().substring("modules:".length()));
                        while (id.find()) {
                            named.add(id.group());
                        }
                        modules = "[" + String.join(", ", named.stream().filter(kept::contains).toList()) + "]";
                    }
                    Path target = copy.resolve(file.getFileName());
                    Files.writeString(target, MODULES.matcher(yaml).replaceAll("modules: " + Matcher.quoteReplacement(modules) + "\n"));
                    target.toFile().deleteOnExit();
                }
            }
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final Pattern MODULE_ID = Pattern.compile("[a-z][a-z0-9-]*");

    /** A {@code modules:} entry, in flow style on one line or as a block list below it. */
    private static final Pattern MODULES = Pattern.compile("(?m)^modules:[^\\n]*\\n(?:[ \\t]+-[^\\n]*\\n)*");

    public ApplicationContext context() {
        return server.getApplicationContext();
    }

    public <T> T bean(Class<T> type) {
        return context().getBean(type);
    }

    public URI uri() {
        return server.getURI();
    }

    public int port() {
        return server.getPort();
    }

    public TestDatabase database() {
        return database;
    }

    @Override
    public void close() {
        try {
            server.getApplicationContext().close();
        } finally {
            if (ownsDatabase) {
                database.close();
            }
        }
    }
}
