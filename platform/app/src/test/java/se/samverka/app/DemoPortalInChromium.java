package se.samverka.app;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import se.samverka.testkit.PortalTestServer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The whole portal in-process on the repository's tenant files and demo data, for a browser test class: started
 * once for the class (Chromium must be there, else the class fails), the browsers a test opened closed after it,
 * a failed test's screenshot, DOM and console saved first ({@code target/e2e/<class>/}).
 *
 * <pre>{@code @RegisterExtension static final DemoPortalInChromium chromium = new DemoPortalInChromium();}</pre>
 */
final class DemoPortalInChromium implements BeforeAllCallback, AfterTestExecutionCallback, AfterEachCallback, AfterAllCallback {

    private final AfterTestExecutionCallback artifacts = PortalBrowser.failureArtifacts();
    private final List<PortalBrowser> browsers = new ArrayList<>();
    private PortalTestServer portal;

    @Override
    public void beforeAll(ExtensionContext context) {
        PortalBrowser.requireChromium();
        PortalBrowser.clearArtifacts(context.getRequiredTestClass());
        portal = PortalTestServer.start(PortalTestServer.repositoryTenants(), Map.of());
    }

    /** A new Chromium for the running test, closed after it. */
    PortalBrowser open(String label) {
        PortalBrowser browser = PortalBrowser.open(label);
        browsers.add(browser);
        return browser;
    }

    PortalTestServer portal() {
        return portal;
    }

    /** The portal's address, ending in a slash. */
    String baseUrl() {
        return "http://localhost:" + portal.port() + "/";
    }

    @Override
    public void afterTestExecution(ExtensionContext context) throws Exception {
        artifacts.afterTestExecution(context);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        browsers.forEach(PortalBrowser::close);
        browsers.clear();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (portal != null) {
            portal.close();
        }
    }
}
