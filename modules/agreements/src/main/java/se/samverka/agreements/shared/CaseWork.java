package se.samverka.agreements.shared;

import jakarta.inject.Singleton;
import se.samverka.platform.api.security.CurrentUser;
import se.samverka.platform.api.security.CurrentUser.PortalUser;
import se.samverka.platform.api.security.Roles;

import java.util.Optional;
import java.util.Set;

/**
 * Who may change the module's case records: case officers and tenant administrators; readers and
 * partner users never (partners submit their reports through their own rule). Every service checks
 * here before it writes, so the views and the API cannot differ.
 */
@Singleton
public class CaseWork {

    /** The roles that create and change agreements, partner organisations, meetings and reviews. */
    public static final Set<String> CHANGERS = Set.of(Roles.CASE_OFFICER, Roles.TENANT_ADMIN);

    /** The roles that see all of the tenant's records (readers read, the others also change). */
    public static final Set<String> STAFF = Set.of(Roles.CASE_OFFICER, Roles.TENANT_ADMIN, Roles.READER);

    private final CurrentUser currentUser;

    CaseWork(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    /**
     * Refuses unless the signed-in user may change case records (or the portal itself works).
     *
     * @return who acts, for the record's {@code created_by}/{@code updated_by}
     */
    public String requireChanger() {
        return requireOneOf(CHANGERS);
    }

    /** Refuses unless the signed-in user has one of {@code roles} (or the portal itself works). */
    public String requireOneOf(Set<String> roles) {
        Optional<PortalUser> user = currentUser.get();
        if (user.isPresent()) {
            if (!user.get().hasAnyRole(roles)) {
                throw new NotPermitted("agreements.refused.role");
            }
            return user.get().username();
        }
        return SystemWork.current().orElseThrow(() -> new NotPermitted("agreements.refused.not-signed-in"));
    }

    /** The signed-in user, empty in system work. */
    public Optional<PortalUser> user() {
        return currentUser.get();
    }

    /** Who acts now, for records that anyone allowed may write (e.g. a partner's report). */
    public String actor() {
        return currentUser.get().map(PortalUser::username)
                .or(SystemWork::current)
                .orElseThrow(() -> new NotPermitted("agreements.refused.not-signed-in"));
    }

    /** What the current user may see of the current tenant's records. */
    public Sight sight() {
        Optional<PortalUser> user = currentUser.get();
        if (user.isEmpty()) {
            return SystemWork.current().isPresent() ? new Sight.WholeTenant() : new Sight.Nothing();
        }
        return Sight.of(user.get());
    }

    /** Whether the portal itself works (no user, inside {@link SystemWork}). */
    public boolean isSystemWork() {
        return currentUser.get().isEmpty() && SystemWork.current().isPresent();
    }
}
