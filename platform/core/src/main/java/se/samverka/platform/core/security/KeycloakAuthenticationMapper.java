package se.samverka.platform.core.security;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.oauth2.endpoint.authorization.state.State;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdAuthenticationMapper;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdClaims;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdTokenResponse;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import se.samverka.platform.api.security.Roles;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a Keycloak sign-in into the portal's session: the same claims the embedded sign-in produces
 * (username, roles, tenant memberships, partner organisation), so nothing downstream knows the
 * difference. The first sign-in creates the portal's user record, later ones update it.
 */
@Singleton
@Named("keycloak")
@Requires(property = "samverka.oidc.enabled", value = "true")
public class KeycloakAuthenticationMapper implements OpenIdAuthenticationMapper {

    private final PortalUsers users;

    KeycloakAuthenticationMapper(PortalUsers users) {
        this.users = users;
    }

    @Override
    public Publisher<AuthenticationResponse> createAuthenticationResponse(String providerName, OpenIdTokenResponse tokenResponse,
                                                                         OpenIdClaims claims, @Nullable State state) {
        Map<String, Object> all = claims.getClaims();
        String username = Optional.ofNullable(claims.getPreferredUsername()).orElse(claims.getSubject());
        String displayName = Optional.ofNullable(claims.getName()).filter(n -> !n.isBlank()).orElse(username);
        List<String> roles = KeycloakClaims.roles(all).stream().filter(Roles.ALL::contains).toList();
        Map<String, Object> attributes = new HashMap<>(Claims.attributes(displayName, KeycloakClaims.tenants(all),
                KeycloakClaims.organisation(all)));
        attributes.put(Claims.SUBJECT, claims.getSubject());
        // kept so that sign-out can end the Keycloak session too (RP-initiated logout, id_token_hint)
        attributes.put(OPENID_TOKEN_KEY, tokenResponse.getIdToken());
        users.signedIn(claims.getSubject(), username, displayName, claims.getEmail());
        return Mono.just(AuthenticationResponse.success(username, roles, attributes));
    }
}
