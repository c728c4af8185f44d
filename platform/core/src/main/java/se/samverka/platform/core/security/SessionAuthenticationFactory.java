package se.samverka.platform.core.security;

import com.nimbusds.jwt.JWT;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Value;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.RolesFinder;
import io.micronaut.security.token.config.TokenConfiguration;
import io.micronaut.security.token.jwt.validator.DefaultJwtAuthenticationFactory;
import jakarta.inject.Singleton;
import se.samverka.platform.api.security.CurrentUser.PortalUser;

import java.text.ParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The portal's own session cookie counts only while its server-side session does
 * ({@link PortalSessions}): its roles, tenants and organisation are the session's, as last read from
 * the directory, not the ones signed into the cookie at sign-in. Every token Micronaut validates passes
 * here, so the API's security filter and the Vaadin requests' {@code PortalSessionFilter} agree.
 * Keycloak's access tokens (bearer, another issuer) are left as Micronaut reads them.
 */
@Singleton
@Replaces(DefaultJwtAuthenticationFactory.class)
public class SessionAuthenticationFactory extends DefaultJwtAuthenticationFactory {

    private final String portalIssuer;
    private final PortalSessions sessions;

    SessionAuthenticationFactory(TokenConfiguration tokenConfiguration, RolesFinder rolesFinder, PortalSessions sessions,
                                 @Value("${micronaut.application.name}") String portalIssuer) {
        super(tokenConfiguration, rolesFinder);
        this.sessions = sessions;
        this.portalIssuer = portalIssuer;
    }

    @Override
    public Optional<Authentication> createAuthentication(JWT token) {
        Optional<Authentication> signed = super.createAuthentication(token);
        if (signed.isEmpty()) {
            return signed;
        }
        try {
            if (!portalIssuer.equals(token.getJWTClaimsSet().getIssuer())) {
                return signed;
            }
            String id = token.getJWTClaimsSet().getStringClaim(Claims.SESSION);
            return id == null ? Optional.empty() : sessions.check(id).map(user -> authentication(signed.get(), user));
        } catch (ParseException unreadable) {
            return Optional.empty();
        }
    }

    private static Authentication authentication(Authentication signed, PortalUser user) {
        Map<String, Object> attributes = new HashMap<>(signed.getAttributes());
        attributes.remove("roles");
        attributes.remove(Claims.ORGANISATION);
        attributes.putAll(Claims.attributes(user.displayName(), user.tenants(), user.organisation()));
        return Authentication.build(user.username(), user.roles(), attributes);
    }
}
