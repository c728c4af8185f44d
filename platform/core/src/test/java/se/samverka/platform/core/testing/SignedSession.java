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
        return cookie(portal, user, portal.bean(PortalSessions.class).openAsGiven(user));
    }

    /**
     * The cookie of a real sign-in of a directory user: its session reads roles and memberships again from
     * the directory (every {@code samverka.session.roles-refresh}), as a Keycloak or demo sign-in's does.
     */
    public static String signedIn(PortalTestServer portal, PortalUser user) {
        return cookie(portal, user, portal.bean(PortalSessions.class).open(user, null));
    }

    private static String cookie(PortalTestServer portal, PortalUser user, String sessionId) {
        java.util.Map<String, Object> attributes = new java.util.HashMap<>(
                Claims.attributes(user.displayName(), user.tenants(), user.organisation()));
        attributes.put(Claims.SESSION, sessionId);
        Authentication authentication = Authentication.build(user.username(), user.roles(), attributes);
        return COOKIE + "=" + portal.bean(TokenGenerator.class).generateToken(authentication, 3600).orElseThrow();
    }
}
