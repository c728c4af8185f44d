package se.samverka.agreements.ui;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockService;
import com.github.mvysny.kaributesting.v10.mock.MockVaadinServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServletService;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import se.samverka.agreements.TestPortal;
import se.samverka.platform.api.security.CurrentUser.PortalUser;
import se.samverka.platform.core.hosting.MicronautInstantiator;
import se.samverka.platform.core.hosting.VaadinHosting;
import se.samverka.platform.core.module.ModuleRegistry;
import se.samverka.platform.core.security.UserContext;
import se.samverka.platform.core.tenant.TenantContext;
import se.samverka.platform.core.ui.DashboardView;
import se.samverka.platform.core.ui.error.AccessDeniedView;
import se.samverka.platform.core.ui.error.InternalErrorView;
import se.samverka.platform.core.ui.error.NotFoundView;

import java.security.Principal;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Browserless Vaadin (Karibu) on the module's shared test portal: views come from Micronaut as in
 * production, registered by the platform with its access control and module checks. Use
 * {@code @RegisterExtension final KaribuAgreements karibu = new KaribuAgreements();} and
 * {@link #show(PortalUser, String, String)}. (The platform's own Karibu tests keep a twin of this in
 * core's test sources: a shared copy would need a test module that core's tests cannot depend on.)
 */
public final class KaribuAgreements implements BeforeEachCallback, AfterEachCallback {

    public static final Locale SWEDISH = Locale.forLanguageTag("sv");

    @Override
    public void beforeEach(ExtensionContext extension) {
        ApplicationContext context = TestPortal.shared().context();
        Routes routes = new Routes(Set.of(DashboardView.class),
                Set.of(NotFoundView.class, AccessDeniedView.class, InternalErrorView.class), true);
        MockVaadin.setMockRequestFactory(SignedInRequest::new);
        MockVaadin.setup(UI::new, new PortalMockServlet(routes, context));
        VaadinHosting.registerModuleRoutes(RouteConfiguration.forApplicationScope(), context.getBean(ModuleRegistry.class));
        locale(SWEDISH);
    }

    @Override
    public void afterEach(ExtensionContext extension) {
        MockVaadin.tearDown();
        UserContext.clear();
        TenantContext.clear();
    }

    /** Signs the user in, sets the tenant (as the session filter would) and shows the path. */
    public void show(PortalUser user, String tenant, String path) {
        UserContext.set(user);
        TenantContext.set(tenant);
        UI.getCurrent().navigate(path);
    }

    public void locale(Locale locale) {
        UI.getCurrent().getSession().setLocale(locale);
        UI.getCurrent().setLocale(locale);
    }

    /** The request principal and roles follow the signed-in user, as the session filter makes them. */
    private static final class SignedInRequest extends FakeRequest {
        SignedInRequest(jakarta.servlet.http.HttpSession session) {
            super(session);
        }

        @Override
        public Principal getUserPrincipal() {
            Optional<PortalUser> user = UserContext.current();
            return user.<Principal>map(u -> u::username).orElse(null);
        }

        @Override
        public boolean isUserInRole(String role) {
            return UserContext.current().map(u -> u.hasRole(role)).orElse(false);
        }
    }

    private static final class PortalMockServlet extends MockVaadinServlet {
        private final transient ApplicationContext context;

        PortalMockServlet(Routes routes, ApplicationContext context) {
            super(routes);
            this.context = context;
        }

        @Override
        protected VaadinServletService createServletService(DeploymentConfiguration configuration) throws ServiceException {
            MockService service = new MockService(this, configuration, UI::new) {
                @Override
                protected Instantiator createInstantiator() {
                    return new MicronautInstantiator(this, context);
                }
            };
            service.init();
            getRoutes().register(service.getContext());
            return service;
        }
    }
}
