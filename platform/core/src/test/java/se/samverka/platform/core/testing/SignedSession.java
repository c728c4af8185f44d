package se.samverka.platform.core.testing;

import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.TokenGenerator;
import se.samverka.platform.api.security.CurrentUser.PortalUser;
import se.samverka.platform.core.security.Claims;
import se.samverka.platform.core.security.PortalSessions;
import se.samverka.testkit.PortalTestServer;

/**
 * The session cookie a user gets on signing in ({@code samverka_session}), made by the portal's own token
 * generator exactly as the sign-in (embedded or Keycloak) makes it, with a server-side session behind it
 * (platform_sessions): any role, tenants and organisation a test needs, without a directory user behind it
 * (so the session keeps the roles given here instead of reading them again from the directory).
 */
public final class SignedSession {

    public static final String COOKIE = "samverka_session";

    private SignedSession() {
    }

    /** The {@code Cookie} header's value. */
    public static String cookie(PortalTestServer portal, PortalUser user) {
        java.util.Map<String, Object> attributes = new java.util.HashMap<>(
                Claims.attributes(user.displayName(), user.tenants(), user.organisation()));
        attributes.put(Claims.SESSION, portal.bean(PortalSessions.class).openAsGiven(user));
        Authentication authentication = Authentication.build(user.username(), user.roles(), attributes);
        return COOKIE + "=" + portal.bean(TokenGenerator.class).generateToken(authentication, 3600).orElseThrow();
    }
}
