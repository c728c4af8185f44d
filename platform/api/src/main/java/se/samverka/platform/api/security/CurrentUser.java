package se.samverka.platform.api.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The signed-in user of the current request or UI; inject it, never cache what it returns. */
public interface CurrentUser {

    /** Empty when nobody is signed in (or in background work). */
    Optional<PortalUser> get();

    default PortalUser require() {
        return get().orElseThrow(() -> new IllegalStateException("no signed-in user"));
    }

    /**
     * A signed-in user as the session cookie carries it.
     *
     * @param tenants      the tenants the user is a member of
     * @param organisation the partner organisation a partner user belongs to
     */
    record PortalUser(String username, String displayName, Set<String> roles, List<String> tenants,
                      Optional<String> organisation) {

        public PortalUser {
            roles = Set.copyOf(roles);
            tenants = List.copyOf(tenants);
        }

        public boolean hasRole(String role) {
            return roles.contains(role);
        }

        public boolean hasAnyRole(Set<String> wanted) {
            return wanted.stream().anyMatch(roles::contains);
        }

        public boolean isMemberOf(String tenantId) {
            return tenants.contains(tenantId);
        }
    }
}
