package se.samverka.platform.core.api;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.SecurityFilter;
import se.samverka.platform.api.security.CurrentUser.PortalUser;
import se.samverka.platform.api.security.Roles;
import se.samverka.platform.core.module.ModuleEnablement;
import se.samverka.platform.core.module.ModuleRegistry;
import se.samverka.platform.core.security.Claims;
import se.samverka.platform.core.tenant.PlatformTenantResolver;
import se.samverka.platform.core.tenant.TenantDirectory;

import java.util.Optional;

/**
 * For {@code /api/v1/tenants/{tenant}/...}: the tenant must exist and the caller must be a member
 * (a platform administrator reaches only the platform's own paths of any tenant), and a module's
 * path ({@code /api/v1/tenants/{tenant}/{module}/...}) answers 404 while the module is disabled for
 * the tenant. The checked tenant becomes the request's current tenant for Micronaut Data.
 */
@ServerFilter("/api/v1/tenants/**")
public class TenantApiFilter implements Ordered {

    private static final String PREFIX = "/api/v1/tenants/";

    private final TenantDirectory tenants;
    private final ModuleRegistry modules;
    private final ModuleEnablement enablement;

    TenantApiFilter(TenantDirectory tenants, ModuleRegistry modules, ModuleEnablement enablement) {
        this.tenants = tenants;
        this.modules = modules;
        this.enablement = enablement;
    }

    @Override
    public int getOrder() {
        // after the security filter has authenticated the request
        return ServerFilterPhase.SECURITY.after();
    }

    @RequestFilter
    public Optional<MutableHttpResponse<?>> filter(HttpRequest<?> request) {
        String[] segments = request.getPath().substring(PREFIX.length()).split("/");
        String tenantId = segments[0];
        Optional<PortalUser> user = request.getAttribute(SecurityFilter.AUTHENTICATION, Authentication.class)
                .map(Claims::toUser);
        if (user.isEmpty()) {
            return Optional.empty(); // the security rules answer 401
        }
        if (tenants.find(tenantId).isEmpty()) {
            return notFound(request);
        }
        String area = segments.length > 1 ? segments[1] : "";
        boolean platformArea = ModuleRegistry.PLATFORM_AREAS.contains(area);
        boolean member = user.get().isMemberOf(tenantId);
        if (!member && !(platformArea && user.get().hasRole(Roles.PLATFORM_ADMIN))) {
            return notFound(request);
        }
        // anything else is a module's area: only while the module is installed and enabled for the tenant
        if (!platformArea && !(modules.isInstalled(area) && enablement.isEnabled(tenantId, area))) {
            return notFound(request);
        }
        request.setAttribute(PlatformTenantResolver.REQUEST_ATTRIBUTE, tenantId);
        return Optional.empty();
    }

    /**
     * Thrown rather than answered: the error route writes the problem, whatever the operation produces (an
     * answer of the filter would be written by the operation's writer, which for a PDF or a void operation
     * writes no JSON, so the 404 had no body).
     */
    private Optional<MutableHttpResponse<?>> notFound(HttpRequest<?> request) {
        throw new NothingHere();
    }

    /** A path the caller may not see: {@link RefusalProblems} answers {@link Problems#notFound}. */
    static final class NothingHere extends RuntimeException {

        NothingHere() {
            super("nothing here", null, false, false);
        }
    }
}
