package se.samverka.platform.core.users;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.client.ServiceHttpClientConfiguration;
import jakarta.inject.Singleton;

import java.net.URI;

/**
 * Points the {@code keycloak-admin} HTTP service at the realm's admin API: an issuer
 * {@code https://login.example.se/realms/samverka} has its admin API at
 * {@code https://login.example.se/admin/realms/samverka}, so operators configure the issuer only.
 */
@Singleton
@Requires(property = "samverka.oidc.enabled", value = "true")
class KeycloakAdminService implements BeanCreatedEventListener<ServiceHttpClientConfiguration> {

    private final URI adminApi;

    KeycloakAdminService(@Value("${samverka.oidc.issuer}") String issuer) {
        this.adminApi = URI.create(adminApiOf(issuer));
    }

    static String adminApiOf(String issuer) {
        String base = issuer.replaceFirst("/+$", "");
        int realms = base.lastIndexOf("/realms/");
        if (realms < 0) {
            return base; // not a realm's issuer: its calls fail, and readiness and the start-up log say why
        }
        return base.substring(0, realms) + "/admin" + base.substring(realms);
    }

    @Override
    public ServiceHttpClientConfiguration onCreated(BeanCreatedEvent<ServiceHttpClientConfiguration> event) {
        ServiceHttpClientConfiguration service = event.getBean();
        if (KeycloakAdminApi.SERVICE.equals(service.getServiceId())) {
            // a service's address is its server; the path before each call's is the service's path
            service.setUrl(adminApi.resolve("/"));
            service.setPath(adminApi.getRawPath());
        }
        return service;
    }
}
