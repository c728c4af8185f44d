package se.samverka.platform.core.ui;

import se.samverka.platform.core.testing.KaribuExtension;
import se.samverka.testkit.PortalExtension;

/**
 * A fresh browserless Vaadin session on the class's portal for every test:
 * {@code @RegisterExtension final KaribuSession karibu = new KaribuSession(portal);}.
 */
final class KaribuSession extends KaribuExtension {

    KaribuSession(PortalExtension portal) {
        super(portal::context);
    }
}
