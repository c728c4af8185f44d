package se.samverka.platform.api.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Demo users a module brings to the embedded default (never to production), e.g. the partner users of
 * its demo organisations. They sign in with the demo password like the platform's demo users.
 */
public interface DemoUserSource {

    List<DemoUser> demoUsers();

    /**
     * @param tenants      the tenants the user is a member of
     * @param organisation the partner organisation's directory alias, as Keycloak's organisation claim carries it
     */
    record DemoUser(String username, String displayName, Set<String> roles, List<String> tenants,
                    Optional<String> organisation) {

        public DemoUser {
            roles = Set.copyOf(roles);
            tenants = List.copyOf(tenants);
        }
    }
}
