package se.samverka.platform.core.tenant;

import jakarta.inject.Singleton;
import se.samverka.platform.api.refusal.NotPermitted;
import se.samverka.platform.api.refusal.RecordNotFound;
import se.samverka.platform.api.security.CurrentUser.PortalUser;
import se.samverka.platform.api.security.Roles;

import java.util.List;

/**
 * Who administers which tenant: a platform administrator any tenant, a tenant administrator the
 * tenants they are a member of. For anyone else who is not a member the tenant does not exist (404);
 * a member without the role may not change it (403).
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

    /**
     * Refuses unless the user administers the tenant: a tenant they may not see (not a member, not a
     * platform administrator) is not found (404); their own tenant without the administrator's role is
     * not permitted (403).
     */
    public void requireAdministrator(PortalUser user, String tenantId) {
        if (mayAdminister(user, tenantId)) {
            return;
        }
        if (tenants.find(tenantId).isPresent() && user.isMemberOf(tenantId)) {
            throw new NotPermitted();
        }
        throw new RecordNotFound("record.tenant", tenantId);
    }
}
