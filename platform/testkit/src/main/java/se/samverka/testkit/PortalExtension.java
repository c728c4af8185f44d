package se.samverka.testkit;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.net.URI;
import java.util.function.Supplier;

/**
 * One portal for a test class, started before its first test and closed after its last:
 * {@code @RegisterExtension static final PortalExtension portal = PortalExtension.of(...)}.
 * A portal that does not start fails the class; it never skips.
 */
public final class PortalExtension implements BeforeAllCallback, AfterAllCallback {

    private final Supplier<PortalTestServer> starter;
    private PortalTestServer server;

    private PortalExtension(Supplier<PortalTestServer> starter) {
        this.starter = starter;
    }

    public static PortalExtension of(Supplier<PortalTestServer> starter) {
        return new PortalExtension(starter);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        server = starter.get();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (server != null) {
            server.close();
        }
    }

    public PortalTestServer server() {
        if (server == null) {
            throw new IllegalStateException("The portal is started before the class's first test");
        }
        return server;
    }

    public <T> T bean(Class<T> type) {
        return server().bean(type);
    }

    public ApplicationContext context() {
        return server().context();
    }

    public URI uri() {
        return server().uri();
    }

    public TestDatabase database() {
        return server().database();
    }
}
