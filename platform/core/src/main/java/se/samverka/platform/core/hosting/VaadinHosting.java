package se.samverka.platform.core.hosting;

import com.vaadin.flow.di.LookupInitializer;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import com.vaadin.flow.server.startup.ErrorNavigationTargetInitializer;
import com.vaadin.flow.server.startup.LookupServletContainerInitializer;
import com.vaadin.flow.server.startup.RouteRegistryInitializer;
import com.vaadin.flow.server.startup.VaadinAppShellInitializer;
import io.micronaut.context.ApplicationContext;
import io.micronaut.inject.BeanDefinition;
import io.micronaut.inject.qualifiers.Qualifiers;
import jakarta.inject.Singleton;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRegistration;
import se.samverka.platform.api.module.ModuleManifest;
import se.samverka.platform.api.module.ModuleRoute;
import se.samverka.platform.core.module.ModuleRegistry;
import se.samverka.platform.core.ui.MainLayout;
import se.samverka.platform.core.ui.PortalAppShell;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Puts Vaadin into Micronaut's embedded Tomcat: micronaut-servlet adds every
 * {@link ServletContainerInitializer} bean but scans no classpath, so this runs Vaadin's own
 * initializers by hand with classes known from Micronaut's compile-time metadata, registers the
 * modules' views under the shell, and adds the Vaadin servlet on {@code /*} (Micronaut keeps
 * {@code /api/*} and the other mappings of {@link MicronautServletMappings}).
 */
@Singleton
public class VaadinHosting implements ServletContainerInitializer {

    public static final String SERVLET_NAME = "vaadin";

    private final ApplicationContext context;
    private final ModuleRegistry modules;
    private final PortalSessionFilter sessionFilter;
    private final InFlightRequests inFlight;

    VaadinHosting(ApplicationContext context, ModuleRegistry modules, PortalSessionFilter sessionFilter,
                  InFlightRequests inFlight) {
        this.context = context;
        this.modules = modules;
        this.sessionFilter = sessionFilter;
        this.inFlight = inFlight;
    }

    @Override
    public void onStartup(Set<Class<?>> ignored, ServletContext servletContext) throws ServletException {
        servletContext.setAttribute(ApplicationContext.class.getName(), context);
        // Lookup first: without LookupInitializer and our InstantiatorFactory Vaadin half-starts.
        new LookupServletContainerInitializer().onStartup(
                Set.of(LookupInitializer.class, MicronautInstantiatorFactory.class), servletContext);
        new RouteRegistryInitializer().onStartup(beanTypesWith(Route.class), servletContext);
        new ErrorNavigationTargetInitializer().onStartup(errorViews(), servletContext);
        new VaadinAppShellInitializer().onStartup(Set.of(PortalAppShell.class), servletContext);
        registerModuleRoutes(servletContext);

        ServletRegistration.Dynamic vaadin = servletContext.addServlet(SERVLET_NAME, new VaadinServlet());
        vaadin.addMapping("/*");
        vaadin.setAsyncSupported(true);
        vaadin.setLoadOnStartup(1);

        EnumSet<DispatcherType> dispatch = EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC);
        addFilter(servletContext, "samverka-in-flight", inFlight::doFilter).addMappingForUrlPatterns(dispatch, false, "/*");
        addFilter(servletContext, "samverka-session", sessionFilter::doFilter).addMappingForServletNames(dispatch, true, SERVLET_NAME);
    }

    private static jakarta.servlet.FilterRegistration.Dynamic addFilter(ServletContext servletContext, String name, Filter filter) {
        jakarta.servlet.FilterRegistration.Dynamic registration = servletContext.addFilter(name, filter);
        registration.setAsyncSupported(true);
        return registration;
    }

    private Set<Class<?>> beanTypesWith(Class<? extends java.lang.annotation.Annotation> stereotype) {
        return context.getBeanDefinitions(Qualifiers.byStereotype(stereotype)).stream()
                .map(BeanDefinition::getBeanType).collect(Collectors.toCollection(HashSet::new));
    }

    @SuppressWarnings("rawtypes")
    private Set<Class<?>> errorViews() {
        return context.getBeanDefinitions(HasErrorParameter.class).stream()
                .map(BeanDefinition::getBeanType).collect(Collectors.toCollection(HashSet::new));
    }

    private void registerModuleRoutes(ServletContext servletContext) {
        registerModuleRoutes(RouteConfiguration.forRegistry(
                ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext))), modules);
    }

    /** Registers every module's views under the portal shell. */
    public static void registerModuleRoutes(RouteConfiguration routes, ModuleRegistry modules) {
        for (ModuleManifest module : modules.all()) {
            for (ModuleRoute route : module.routes()) {
                routes.setRoute(route.path(), route.view(), List.of(MainLayout.class));
            }
        }
    }
}
