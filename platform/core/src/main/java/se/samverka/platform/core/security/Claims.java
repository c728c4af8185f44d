package se.samverka.platform.core.security;

import io.micronaut.security.authentication.Authentication;
import se.samverka.platform.api.security.CurrentUser.PortalUser;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The claims of the session cookie, the same for the embedded sign-in and for Keycloak, so nothing
 * downstream knows which one signed the user in.
 */
public final class Claims {

    /** The tenants the user is a member of (list of tenant ids). */
    public static final String TENANTS = "tenants";
    /** The partner organisation of a partner user. */
    public static final String ORGANISATION = "organisation";
    /** The user's display name. */
    public static final String NAME = "name";
    /** Keycloak's subject of the user (absent for demo users). */
    public static final String SUBJECT = "subject";
    /** The id of the session's row in {@code platform_sessions} ({@link PortalSessions}). */
    public static final String SESSION = "sid";
    /** The username claim of Keycloak access tokens used as bearer tokens on the API. */
    static final String PREFERRED_USERNAME = "preferred_username";

    private Claims() {
    }

    public static Map<String, Object> attributes(String displayName, List<String> tenants, Optional<String> organisation) {
        return organisation
                .<Map<String, Object>>map(org -> Map.of(NAME, displayName, TENANTS, tenants, ORGANISATION, org))
                .orElseGet(() -> Map.of(NAME, displayName, TENANTS, tenants));
    }

    public static PortalUser toUser(Authentication authentication) {
        Map<String, Object> attributes = authentication.getAttributes();
        Object tenants = attributes.get(TENANTS);
        List<String> tenantList = tenants instanceof Collection<?> c ? c.stream().map(String::valueOf).toList()
                : tenants instanceof String s && !s.isBlank() ? List.of(s) : List.of();
        String username = String.valueOf(attributes.getOrDefault(PREFERRED_USERNAME, authentication.getName()));
        Object name = attributes.getOrDefault(NAME, username);
        Optional<String> organisation = Optional.ofNullable(attributes.get(ORGANISATION)).map(String::valueOf)
                .or(() -> KeycloakClaims.organisation(attributes));
        return new PortalUser(username, String.valueOf(name), Set.copyOf(authentication.getRoles()),
                tenantList, organisation);
    }
}
