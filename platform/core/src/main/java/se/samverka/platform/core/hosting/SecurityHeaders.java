package se.samverka.platform.core.hosting;

import jakarta.inject.Singleton;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.EnumSet;
import java.util.Set;

/**
 * The browser-facing security headers on every answer, Vaadin's and Micronaut's alike (one servlet
 * filter on {@code /*}, before either servlet writes anything).
 *
 * <p>The Content-Security-Policy is the tightest Vaadin Flow's production bundle works with: Flow starts
 * its client engine with an inline script and runs the server's JavaScript expressions through
 * {@code new Function} ({@code 'unsafe-inline' 'unsafe-eval'} for scripts), and its components set
 * inline styles ({@code 'unsafe-inline'} for styles); everything else comes from the portal's own
 * origin only, and no page may be framed. Lumo's icons and the tenants' logos may be {@code data:} URIs.
 * {@code form-action} is left out: sign-out posts to the portal, which redirects to Keycloak, and
 * Chromium applies form-action to that redirect.
 *
 * <p>HSTS only over https: the request is secure, or the ingress (which ends TLS, see the chart's
 * ingress) says so with {@code X-Forwarded-Proto}. A client that sends the header over plain http
 * gains nothing: browsers ignore HSTS that does not arrive over https.
 *
 * <p>API answers carry personal data (users' e-mail, partners' contacts): {@code Cache-Control:
 * no-store} on everything Micronaut serves but the static OpenAPI document and its viewer.
 */
@Singleton
public class SecurityHeaders implements ServletContainerInitializer {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "frame-ancestors 'none'");
    static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";

    /** Micronaut's own paths whose answers may be kept: the same for everybody, no personal data. */
    private static final Set<String> CACHEABLE_PREFIXES = Set.of("/api/openapi/", "/api/docs/");

    @Override
    public void onStartup(Set<Class<?>> ignored, ServletContext servletContext) throws ServletException {
        FilterRegistration.Dynamic registration = servletContext.addFilter("samverka-security-headers", this::doFilter);
        registration.setAsyncSupported(true);
        registration.addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR), false, "/*");
    }

    void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        if (overHttps(request)) {
            response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
        if (isPrivateAnswer(request.getRequestURI())) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(req, res);
    }

    static boolean overHttps(HttpServletRequest request) {
        String forwarded = request.getHeader("X-Forwarded-Proto");
        return request.isSecure() || (forwarded != null && forwarded.trim().toLowerCase(java.util.Locale.ROOT).startsWith("https"));
    }

    /** What Micronaut answers ({@code /api}, sign-in, health, metrics), except the static API documentation. */
    static boolean isPrivateAnswer(String path) {
        if (path == null) {
            return false;
        }
        boolean micronaut = path.startsWith("/api/") || MicronautServletMappings.MAPPINGS.stream().anyMatch(mapping ->
                mapping.endsWith("/*") ? path.startsWith(mapping.substring(0, mapping.length() - 1)) : path.equals(mapping));
        return micronaut && CACHEABLE_PREFIXES.stream().noneMatch(path::startsWith);
    }
}
