package se.samverka.platform.core.ui;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import se.samverka.testkit.PortalExtension;

/**
 * A fresh browserless Vaadin session on the class's portal for every test:
 * {@code @RegisterExtension final KaribuSession karibu = new KaribuSession(portal);}.
 */
final class KaribuSession implements BeforeEachCallback, AfterEachCallback {

    private final PortalExtension portal;

    KaribuSession(PortalExtension portal) {
        this.portal = portal;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        KaribuPortal.setup(portal.context());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        KaribuPortal.tearDown();
    }
}
