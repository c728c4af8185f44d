package se.samverka.platform.core.security;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.samverka.platform.core.api.Problems;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Against cross-site request forgery on everything Micronaut serves (the API, sign-in and sign-out):
 * a state-changing request (POST, PUT, PATCH, DELETE) that a browser sends must come from a page of the
 * same origin. SameSite=Lax on the cookie is not enough: tenants on sibling sub-domains of one domain
 * are the same "site", and a cross-site POST without a Content-Type or as multipart is a simple request.
 *
 * <p>What browsers send, and what is decided on it:
 * <ul>
 *   <li>{@code Origin}: every supported browser sends it on every POST, PUT, PATCH and DELETE, forms
 *       and fetch alike. It must name this request's host (the tenant's host, port included; the
 *       scheme is not compared, since TLS ends at the ingress); {@code null} (a sandboxed or
 *       privacy-stripped origin) is refused.</li>
 *   <li>{@code Sec-Fetch-Site}: sent by the same browsers (Chrome 76, Firefox 90, Safari 16.4 on); it
 *       must be {@code same-origin} or {@code none} (the user's own action) — {@code same-site} is a
 *       sibling tenant and is refused.</li>
 *   <li>Neither header: not a browser Vaadin 24 supports, so a script or an integration (curl, a
 *       server), which no other site can make send the user's cookie: allowed.</li>
 * </ul>
 * A request with a bearer token is never checked: a browser never adds one by itself, a cross-site page
 * cannot add one without CORS (which the portal does not allow). HTTP Basic is checked like the
 * cookie, since a browser may replay remembered Basic credentials. Vaadin's own requests go to its
 * servlet, not here, and keep Vaadin's CSRF token. A refusal is a translated 403 problem.
 */
@ServerFilter("/**")
public class SameOriginFilter implements Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(SameOriginFilter.class);
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
            HttpMethod.TRACE);
    static final String MESSAGE_KEY = "security.cross-origin";

    private final Problems problems;

    SameOriginFilter(Problems problems) {
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        // before the security filter: a forged request is not even authenticated
        return ServerFilterPhase.SECURITY.before();
    }

    @RequestFilter
    public Optional<MutableHttpResponse<?>> filter(HttpRequest<?> request) {
        if (SAFE.contains(request.getMethod()) || isBearer(request)) {
            return Optional.empty();
        }
        String origin = request.getHeaders().get("Origin");
        String fetchSite = request.getHeaders().get("Sec-Fetch-Site");
        boolean sameOrigin = (origin == null || origin.isBlank() || isSameHost(origin, request.getHeaders().get("Host")))
                && (fetchSite == null || fetchSite.equalsIgnoreCase("same-origin") || fetchSite.equalsIgnoreCase("none"));
        if (sameOrigin) {
            return Optional.empty();
        }
        LOG.info("Refused a cross-origin {} {} (Origin {}, Sec-Fetch-Site {})", request.getMethod(), request.getPath(),
                origin, fetchSite);
        return Optional.of(problems.of(request, HttpStatus.FORBIDDEN, MESSAGE_KEY));
    }

    private static boolean isBearer(HttpRequest<?> request) {
        String authorization = request.getHeaders().get("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    /** The origin's host and port against the Host header's, default ports left out of both. */
    static boolean isSameHost(String origin, String host) {
        if (host == null || host.isBlank()) {
            return false;
        }
        try {
            URI uri = URI.create(origin.trim());
            if (uri.getHost() == null || uri.getScheme() == null) {
                return false;
            }
            String originHost = uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
            return withoutDefaultPort(originHost).equals(withoutDefaultPort(host.trim().toLowerCase(Locale.ROOT)));
        } catch (IllegalArgumentException notAnOrigin) {
            return false;
        }
    }

    private static String withoutDefaultPort(String hostAndPort) {
        return hostAndPort.endsWith(":80") || hostAndPort.endsWith(":443")
                ? hostAndPort.substring(0, hostAndPort.lastIndexOf(':')) : hostAndPort;
    }
}
