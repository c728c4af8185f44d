package se.samverka.platform.core.testing;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import se.samverka.platform.api.i18n.Languages;
import se.samverka.platform.api.security.CurrentUser.PortalUser;

import java.util.Locale;
import java.util.function.Supplier;

/**
 * {@link KaribuPortal} for each test, on a portal the test class has:
 * {@code @RegisterExtension final KaribuExtension karibu = new KaribuExtension(() -> portal.context());},
 * then {@link #show}.
 */
public class KaribuExtension implements BeforeEachCallback, AfterEachCallback {

    public static final Locale SWEDISH = Languages.SWEDISH;

    private final Supplier<ApplicationContext> context;

    public KaribuExtension(Supplier<ApplicationContext> context) {
        this.context = context;
    }

    @Override
    public void beforeEach(ExtensionContext extension) {
        KaribuPortal.setup(context.get());
    }

    @Override
    public void afterEach(ExtensionContext extension) {
        KaribuPortal.tearDown();
    }

    /** Signs the user in, sets the tenant (as the session filter would) and shows the path. */
    public void show(PortalUser user, String tenant, String path) {
        KaribuPortal.as(user, tenant, path);
    }

    public void locale(Locale locale) {
        KaribuPortal.locale(locale);
    }
}
