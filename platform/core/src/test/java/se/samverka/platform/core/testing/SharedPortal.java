package se.samverka.platform.core.testing;

import se.samverka.testkit.PortalTestServer;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one portal a module's tests share in a JVM: core and the module on a fresh real database, the
 * repository's tenants with only the module enabled, demo users off (each test makes the records it needs),
 * started on first use and stopped when the JVM exits.
 */
public final class SharedPortal {

    private static final Map<List<String>, PortalTestServer> STARTED = new ConcurrentHashMap<>();

    private SharedPortal() {
    }

    public static PortalTestServer of(String... modules) {
        return STARTED.computeIfAbsent(List.of(modules), key -> {
            PortalTestServer portal = PortalTestServer.start(PortalTestServer.repositoryTenantsWith(modules),
                    Map.of("samverka.demo-users.enabled", false));
            Runtime.getRuntime().addShutdownHook(new Thread(portal::close));
            return portal;
        });
    }
}
