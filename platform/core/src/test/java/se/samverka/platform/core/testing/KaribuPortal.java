package se.samverka.platform.core.testing;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockService;
import com.github.mvysny.kaributesting.v10.mock.MockVaadinServlet;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.ClickNotifier;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import io.micronaut.inject.qualifiers.Qualifiers;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.VaadinServletService;
import io.micronaut.context.ApplicationContext;
import se.samverka.platform.api.security.CurrentUser.PortalUser;
import se.samverka.platform.core.database.DatabaseOutage;
import se.samverka.platform.core.hosting.MicronautInstantiator;
import se.samverka.platform.core.hosting.VaadinHosting;
import se.samverka.platform.core.module.ModuleRegistry;
import se.samverka.platform.core.security.UserContext;
import se.samverka.platform.core.tenant.TenantContext;
import se.samverka.platform.core.ui.PortalUiSetup;
import se.samverka.platform.core.ui.error.AccessDeniedView;
import se.samverka.platform.core.ui.error.InternalErrorView;
import se.samverka.platform.core.ui.error.NotFoundView;
import se.samverka.platform.core.ui.error.NotMemberView;
import se.samverka.platform.core.tenant.HostTenant;

import java.security.Principal;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Browserless Vaadin (Karibu) on a real portal context: views come from Micronaut exactly as in
 * production, with the platform's access control and module checks. The signed-in user and tenant
 * are what the session filter would set for a request. The one harness of the platform's and every
 * module's view tests (core's test-jar); a module registers {@link KaribuExtension} with its test portal.
 */
public final class KaribuPortal {

    private KaribuPortal() {
    }

    /** Vaadin for the context's views: the platform's (its {@code @Route} beans) and every installed module's. */
    @SuppressWarnings("unchecked")
    public static void setup(ApplicationContext context) {
        Set<Class<? extends Component>> platformViews = context.getBeanDefinitions(Qualifiers.byStereotype(Route.class)).stream()
                .map(definition -> (Class<? extends Component>) definition.getBeanType()).collect(Collectors.toSet());
        Routes routes = new Routes(platformViews,
                Set.of(NotFoundView.class, AccessDeniedView.class, InternalErrorView.class, NotMemberView.class), true);
        MockVaadin.setMockRequestFactory(session -> new SignedInRequest(session));
        MockVaadin.setup(UI::new, new PortalMockServlet(routes, context));
        VaadinHosting.registerModuleRoutes(RouteConfiguration.forApplicationScope(), context.getBean(ModuleRegistry.class));
        locale(se.samverka.platform.core.i18n.Messages.SWEDISH);
    }

    /** Signs the user in (or out, with null) and sets the tenant, then shows the given path (with its query, if any). */
    public static void as(PortalUser user, String tenant, String path) {
        UserContext.set(user);
        if (tenant == null) {
            TenantContext.clear();
        } else {
            TenantContext.set(tenant);
        }
        int query = path.indexOf('?');
        if (query < 0) {
            UI.getCurrent().navigate(path);
        } else {
            UI.getCurrent().navigate(path.substring(0, query), QueryParameters.fromString(path.substring(query + 1)));
        }
    }

    /**
     * Clicks as a browser's click reaches the portal: a refusal the listener throws goes to the session's
     * error handler (Vaadin's RPC handler does that), so it shows as users see it; Karibu's {@code _click}
     * would throw it at the test instead. So does the database not answering. Anything else still fails the test.
     */
    public static void click(ClickNotifier<?> target) {
        try {
            LocatorJ._click(target);
        } catch (RuntimeException thrown) {
            if (PortalUiSetup.refusalIn(thrown).isEmpty() && !DatabaseOutage.isCauseOf(thrown)) {
                throw thrown;
            }
            VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(thrown));
        }
    }

    /**
     * The request's host belongs to this tenant (null: a platform host), as the session filter sets it
     * for every request; pair with {@link #as} and a current tenant only where the user is a member.
     */
    public static void onHostOf(String tenant) {
        HostTenant.set(tenant);
    }

    public static void locale(Locale locale) {
        UI.getCurrent().getSession().setLocale(locale);
        UI.getCurrent().setLocale(locale);
    }

    public static void tearDown() {
        MockVaadin.tearDown();
        UserContext.clear();
        TenantContext.clear();
        HostTenant.clear();
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
