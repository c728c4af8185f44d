package se.samverka.platform.core.hosting;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.cookie.AccessTokenCookieConfiguration;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Singleton;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import reactor.core.publisher.Flux;
import se.samverka.platform.api.security.CurrentUser.PortalUser;
import se.samverka.platform.core.database.DatabaseOutage;
import se.samverka.platform.core.i18n.Messages;
import se.samverka.platform.core.security.Claims;
import se.samverka.platform.core.security.UserContext;
import se.samverka.platform.core.tenant.HostTenant;
import se.samverka.platform.core.tenant.Tenant;
import se.samverka.platform.core.tenant.TenantContext;
import se.samverka.platform.core.tenant.TenantDirectory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * For every Vaadin request (UIDL, heartbeat, uploads and other stream requests, push) but static
 * resources: reads the signed session cookie (the same one Micronaut's login and the
 * Keycloak login set), exposes the user to Vaadin's access control as the request's principal and
 * roles, and sets the current tenant (host name first, else the chosen membership, always checked
 * against the user's memberships). A host that belongs to no tenant answers a translated 404. On a
 * tenant's host a signed-in user who is not its member gets no current tenant: the portal shell then
 * shows every page as "not a member" (with their name, logout and links to their own tenants), see
 * {@link se.samverka.platform.core.ui.PortalUiSetup}.
 *
 * <p>The servlet session (Vaadin's) belongs to one portal session: when the request's session is
 * another one than the servlet session was made for — signed out, ended by the portal, or another
 * sign-in — the servlet session is invalidated before Vaadin sees the request, so no open UI
 * carries on as the old user and an id planted before sign-in does not survive it.
 */
@Singleton
public class PortalSessionFilter {

    /** HTTP session attribute holding the tenant the user chose in the tenant switcher. */
    public static final String CHOSEN_TENANT = "samverka.chosen-tenant";
    /** HTTP session attribute holding the id of the portal session the servlet session was made for. */
    static final String PORTAL_SESSION = "samverka.portal-session";

    private final List<TokenValidator<HttpRequest<?>>> validators;
    private final AccessTokenCookieConfiguration cookieConfiguration;
    private final TenantDirectory tenants;
    private final Set<String> platformHosts;

    PortalSessionFilter(List<TokenValidator<HttpRequest<?>>> validators, AccessTokenCookieConfiguration cookieConfiguration,
                        TenantDirectory tenants,
                        @Value("${samverka.platform-hosts}") List<String> platformHosts) {
        this.validators = validators;
        this.cookieConfiguration = cookieConfiguration;
        this.tenants = tenants;
        this.platformHosts = Set.copyOf(platformHosts.stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList());
    }

    void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        if (isStaticResource(request.getRequestURI())) {
            chain.doFilter(req, res);
            return;
        }
        Optional<Tenant> hostTenant = tenants.forHost(request.getServerName());
        if (hostTenant.isEmpty() && !isPlatformHost(request.getServerName())) {
            page(request, response, HttpServletResponse.SC_NOT_FOUND, "error.notFound.title", "error.unknownHost");
            return;
        }
        Optional<Authentication> authentication;
        try {
            authentication = authenticate(request);
        } catch (RuntimeException e) {
            // the session is checked against the database: while it is gone, say so instead of a 500
            if (!DatabaseOutage.isCauseOf(e)) {
                throw e;
            }
            page(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "error.unavailable.title", "error.unavailable.text");
            return;
        }
        bindServletSession(request, authentication.map(a -> a.getAttributes().get(Claims.SESSION)).map(String::valueOf));
        Optional<PortalUser> user = authentication.map(Claims::toUser);
        Optional<String> tenant = Optional.empty();
        if (user.isPresent()) {
            PortalUser u = user.get();
            if (hostTenant.isPresent()) {
                if (u.isMemberOf(hostTenant.get().id())) {
                    tenant = hostTenant.map(Tenant::id);
                }
            } else {
                tenant = chosenTenant(request, u);
            }
        }
        UserContext.set(user.orElse(null));
        tenant.ifPresent(TenantContext::set);
        HostTenant.set(hostTenant.map(Tenant::id).orElse(null));
        try {
            chain.doFilter(user.<ServletRequest>map(u -> new AuthenticatedRequest(request, u)).orElse(request), response);
        } finally {
            UserContext.clear();
            TenantContext.clear();
            HostTenant.clear();
        }
    }

    /** The tenant chosen in this session if the user is still a member, else the first membership. */
    private Optional<String> chosenTenant(HttpServletRequest request, PortalUser user) {
        HttpSession session = request.getSession(false);
        Object chosen = session == null ? null : session.getAttribute(CHOSEN_TENANT);
        if (chosen instanceof String id && user.isMemberOf(id) && tenants.find(id).isPresent()) {
            return Optional.of(id);
        }
        return user.tenants().stream().filter(id -> tenants.find(id).isPresent()).findFirst();
    }

    /** A servlet session made for another portal session (or none) ends; a new one gets the current id. */
    private static void bindServletSession(HttpServletRequest request, Optional<String> portalSession) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            portalSession.ifPresent(id -> request.getSession(true).setAttribute(PORTAL_SESSION, id));
            return;
        }
        Object boundTo;
        try {
            boundTo = session.getAttribute(PORTAL_SESSION);
        } catch (IllegalStateException alreadyInvalidated) {
            return;
        }
        if (!java.util.Objects.equals(boundTo, portalSession.orElse(null))) {
            session.invalidate();
            portalSession.ifPresent(id -> request.getSession(true).setAttribute(PORTAL_SESSION, id));
        }
    }

    private Optional<Authentication> authenticate(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (cookieConfiguration.getCookieName().equals(cookie.getName()) && !cookie.getValue().isBlank()) {
                return validate(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    private Optional<Authentication> validate(String token) {
        for (TokenValidator<HttpRequest<?>> validator : validators) {
            Authentication authentication = Flux.from(validator.validateToken(token, null)).blockFirst();
            if (authentication != null) {
                return Optional.of(authentication);
            }
        }
        return Optional.empty();
    }

    private boolean isPlatformHost(String host) {
        String name = host.toLowerCase(Locale.ROOT).replace("[", "").replace("]", "");
        return platformHosts.isEmpty() || platformHosts.contains(name);
    }

    /**
     * The bundle, themes and icons: the same for everybody, so no user or tenant is read for them.
     * Everything else under {@code /VAADIN/} acts for the user and needs both, as UIDL and heartbeat
     * requests do: stream requests ({@code /VAADIN/dynamic/resource/…}: uploads, stream resources and
     * download handlers) and push.
     */
    static boolean isStaticResource(String path) {
        if (path.startsWith("/VAADIN/")) {
            return !path.startsWith("/VAADIN/dynamic/") && !path.startsWith("/VAADIN/push");
        }
        return path.equals("/favicon.ico") || path.startsWith("/icons/") || path.equals("/sw.js")
                || path.equals("/manifest.webmanifest");
    }

    /** A plain page in the caller's language, for what is decided before Vaadin's shell exists. */
    private static void page(HttpServletRequest request, HttpServletResponse response, int status, String titleKey,
                             String messageKey) throws IOException {
        Locale locale = Messages.preferredLocale(request.getHeader("Accept-Language"));
        response.setStatus(status);
        if (status == HttpServletResponse.SC_SERVICE_UNAVAILABLE) {
            response.setHeader("Retry-After", "5");
        }
        response.setContentType("text/html;charset=UTF-8");
        String title = Messages.get(locale, titleKey);
        String body = Messages.get(locale, messageKey);
        response.getOutputStream().write(("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head>"
                + "<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + Messages.escape(title) + " – Samverka</title></head><body style=\"font-family:sans-serif;margin:2rem\">"
                + "<main><h1>" + Messages.escape(title) + "</h1><p>" + Messages.escape(body) + "</p></main></body></html>")
                .getBytes(StandardCharsets.UTF_8));
    }

    /** The request as Vaadin's access control sees it: principal and roles of the session cookie. */
    private static final class AuthenticatedRequest extends HttpServletRequestWrapper {

        private final PortalUser user;

        AuthenticatedRequest(HttpServletRequest request, PortalUser user) {
            super(request);
            this.user = user;
        }

        @Override
        public Principal getUserPrincipal() {
            return user::username;
        }

        @Override
        public String getRemoteUser() {
            return user.username();
        }

        @Override
        public boolean isUserInRole(String role) {
            return user.hasRole(role);
        }
    }
}
