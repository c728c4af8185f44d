package se.samverka.platform.core.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.List;

/**
 * Which JSON Web Tokens the portal accepts (signature and expiry are checked by Micronaut):
 * its own session cookie (issuer = the application's name) and, when Keycloak is configured,
 * access tokens of the realm that were issued for the portal (audience contains the portal's client
 * id). A token of another client of the same realm, or of another issuer, is refused.
 */
@Singleton
public class PortalTokenClaimsValidator<T> implements GenericJwtClaimsValidator<T> {

    private final String portalIssuer;
    private final boolean oidcEnabled;
    private final String oidcIssuer;
    private final String clientId;

    PortalTokenClaimsValidator(@Value("${micronaut.application.name}") String portalIssuer,
                               @Value("${samverka.oidc.enabled:false}") boolean oidcEnabled,
                               @Value("${samverka.oidc.issuer:}") String oidcIssuer,
                               @Value("${samverka.oidc.client-id:portal}") String clientId) {
        this.portalIssuer = portalIssuer;
        this.oidcEnabled = oidcEnabled;
        this.oidcIssuer = oidcIssuer;
        this.clientId = clientId;
    }

    @Override
    public boolean validate(@NonNull Claims claims, @Nullable T request) {
        Object issuer = claims.get(Claims.ISSUER);
        if (portalIssuer.equals(issuer)) {
            return true;
        }
        return oidcEnabled && !oidcIssuer.isBlank() && oidcIssuer.equals(issuer) && audience(claims).contains(clientId);
    }

    private static List<String> audience(Claims claims) {
        Object aud = claims.get(Claims.AUDIENCE);
        if (aud instanceof Collection<?> c) {
            return c.stream().map(String::valueOf).toList();
        }
        return aud == null ? List.of() : List.of(String.valueOf(aud));
    }
}
