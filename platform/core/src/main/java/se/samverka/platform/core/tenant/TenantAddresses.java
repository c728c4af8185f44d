package se.samverka.platform.core.tenant;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/**
 * Where a tenant is reached from the request being served: its first host name (same scheme and port
 * as the request), else a platform host, where the user's chosen membership decides. What the "not a
 * member" page and the tenant switch link to, since on a tenant's host the host decides the tenant.
 */
@Singleton
public class TenantAddresses {

    private final List<String> platformHosts;

    TenantAddresses(@Value("${samverka.platform-hosts}") List<String> platformHosts) {
        this.platformHosts = platformHosts.stream().map(String::trim).filter(h -> !h.isEmpty()).toList();
    }

    /** The tenant's start page seen from the Vaadin request being served (its scheme and port). */
    public Optional<String> startPage(Tenant tenant) {
        com.vaadin.flow.server.VaadinRequest request = com.vaadin.flow.server.VaadinRequest.getCurrent();
        if (request instanceof jakarta.servlet.http.HttpServletRequest http) {
            return startPage(tenant, http.getScheme(), http.getServerPort());
        }
        return startPage(tenant, request != null && request.isSecure() ? "https" : "http", -1);
    }

    /** The tenant's start page, or empty when it has no host and the instance names no platform host. */
    public Optional<String> startPage(Tenant tenant, String scheme, int port) {
        Optional<String> host = tenant.hostList().stream().map(String::trim).filter(h -> !h.isEmpty()).findFirst()
                .or(() -> platformHosts.stream().findFirst());
        return host.map(h -> scheme + "://" + (h.contains(":") && !h.startsWith("[") ? "[" + h + "]" : h)
                + (isDefaultPort(scheme, port) ? "" : ":" + port) + "/");
    }

    private static boolean isDefaultPort(String scheme, int port) {
        return port <= 0 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
    }
}
