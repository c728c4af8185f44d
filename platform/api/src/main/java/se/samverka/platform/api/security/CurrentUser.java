package se.samverka.platform.api.security;

import se.samverka.platform.api.refusal.NotPermitted;

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
     * Who acts now, for a record's {@code created_by}/{@code updated_by} and the audit log: the
     * signed-in user's username, else the portal's own work ({@code system:<purpose>}, {@link SystemWork});
     * refused when neither.
     */
    default String actor() {
        return get().map(PortalUser::username).or(SystemWork::current)
                .orElseThrow(() -> new NotPermitted(NotPermitted.KEY_NOT_SIGNED_IN));
    }

    /** Refuses unless the signed-in user has one of the roles (or the portal itself works); who acts. */
    default String requireOneOf(Set<String> roles) {
        Optional<PortalUser> user = get();
        if (user.isPresent()) {
            if (!user.get().hasAnyRole(roles)) {
                throw new NotPermitted();
            }
            return user.get().username();
        }
        return SystemWork.current().orElseThrow(() -> new NotPermitted(NotPermitted.KEY_NOT_SIGNED_IN));
    }

    /** Refuses unless the user may change case records ({@link Roles#CHANGERS}) or the portal itself works; who acts. */
    default String requireChanger() {
        return requireOneOf(Roles.CHANGERS);
    }

    /** Whether the user may change case records, or the portal itself works. */
    default boolean isChanger() {
        return get().map(u -> u.hasAnyRole(Roles.CHANGERS)).orElseGet(this::isSystemWork);
    }

    /** What the current user may see of the current tenant's records. */
    default Sight sight() {
        Optional<PortalUser> user = get();
        if (user.isEmpty()) {
            return isSystemWork() ? new Sight.WholeTenant() : new Sight.Nothing();
        }
        return Sight.of(user.get());
    }

    /** Whether the portal itself works (nobody signed in, inside {@link SystemWork}). */
    default boolean isSystemWork() {
        return get().isEmpty() && SystemWork.current().isPresent();
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
