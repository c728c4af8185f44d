package se.samverka.platform.core;

import se.samverka.testkit.PortalTestServer;

import java.nio.file.Path;
import java.util.Map;

/** The core's test tenants: tenant-a (alpha and beta enabled), tenant-b (alpha), tenant-c (none). */
public final class TestTenants {

    public static final Path FOLDER = Path.of("src/test/resources/tenants");

    private TestTenants() {
    }

    public static PortalTestServer startPortal() {
        return PortalTestServer.start(FOLDER, Map.of());
    }
}
