package se.samverka.platform.core.tenant;

import jakarta.inject.Singleton;
import se.samverka.platform.api.security.CurrentUser.PortalUser;
import se.samverka.platform.api.security.Roles;

import java.util.List;

/**
 * Who administers which tenant: a platform administrator any tenant, a tenant administrator the
 * tenants they are a member of. For anyone else the tenant does not exist (404, never 403).
 */
@Singleton
public class TenantAdministration {

    private final TenantDirectory tenants;

    TenantAdministration(TenantDirectory tenants) {
        this.tenants = tenants;
    }

    public boolean mayAdminister(PortalUser user, String tenantId) {
        return tenants.find(tenantId).isPresent()
                && (user.hasRole(Roles.PLATFORM_ADMIN) || (user.hasRole(Roles.TENANT_ADMIN) && user.isMemberOf(tenantId)));
    }

    /** The tenants the user administers, by name. */
    public List<Tenant> administeredBy(PortalUser user) {
        return tenants.active().stream().filter(t -> mayAdminister(user, t.id())).toList();
    }

    /** The tenant the user may not administer: shown as "not found". */
    public static class NotPermittedException extends RuntimeException {
        public NotPermittedException() {
            super("Not found");
        }
    }
}
