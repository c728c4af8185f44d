package se.samverka.agreements.ui;

import se.samverka.agreements.TestPortal;
import se.samverka.platform.core.testing.KaribuExtension;

/**
 * The platform's browserless Vaadin harness ({@link KaribuExtension}) on the module's shared test
 * portal: {@code @RegisterExtension final KaribuAgreements karibu = new KaribuAgreements();}.
 */
public final class KaribuAgreements extends KaribuExtension {

    public KaribuAgreements() {
        super(() -> TestPortal.shared().context());
    }
}
