package se.samverka.platform.core.module;

import jakarta.inject.Singleton;
import se.samverka.platform.api.module.ModuleManifest;
import se.samverka.platform.api.security.CurrentUser.PortalUser;
import se.samverka.platform.api.security.Roles;
import se.samverka.platform.core.tenant.Tenant;
import se.samverka.platform.core.tenant.TenantAdministration;
import se.samverka.platform.core.tenant.TenantDirectory;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Managing a tenant's modules, for those who administer the tenant ({@link TenantAdministration}).
 * The admin view and the REST API both go through here.
 */
@Singleton
public class ModuleAdministration {

    private final TenantDirectory tenants;
    private final TenantAdministration administration;
    private final ModuleEnablement enablement;

    ModuleAdministration(TenantDirectory tenants, TenantAdministration administration, ModuleEnablement enablement) {
        this.tenants = tenants;
        this.administration = administration;
        this.enablement = enablement;
    }

    /** The tenants whose modules the user may manage. */
    public List<Tenant> manageableTenants(PortalUser user) {
        return administration.administeredBy(user);
    }

    /** A tenant's modules as the user may see them; empty if the tenant is not theirs to see. */
    public Optional<Map<ModuleManifest, Boolean>> states(PortalUser user, String tenantId) {
        return visible(user, tenantId) ? Optional.of(enablement.states(tenantId)) : Optional.empty();
    }

    /** Any member may see which modules their tenant has; administrators as for {@link #mayManage}. */
    public boolean visible(PortalUser user, String tenantId) {
        return tenants.find(tenantId).isPresent() && (user.isMemberOf(tenantId) || user.hasRole(Roles.PLATFORM_ADMIN));
    }

    /**
     * Enables or disables a module for a tenant.
     *
     * Refused as {@link TenantAdministration#requireAdministrator} says, and as not found for a module
     * that is not installed.
     */
    public boolean setEnabled(PortalUser user, String tenantId, String moduleId, boolean enabled) {
        administration.requireAdministrator(user, tenantId);
        return enablement.setEnabled(tenantId, moduleId, enabled, user.username());
    }
}
