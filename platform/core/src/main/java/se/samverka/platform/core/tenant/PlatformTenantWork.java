package se.samverka.platform.core.tenant;

import jakarta.inject.Singleton;
import se.samverka.platform.api.tenant.TenantWork;
import se.samverka.platform.core.module.ModuleEnablement;

import java.util.List;
import java.util.function.Supplier;

/** Background work in an explicitly chosen tenant. */
@Singleton
public class PlatformTenantWork implements TenantWork {

    private final TenantDirectory tenants;
    private final ModuleEnablement enablement;

    PlatformTenantWork(TenantDirectory tenants, ModuleEnablement enablement) {
        this.tenants = tenants;
        this.enablement = enablement;
    }

    @Override
    public <T> T callAs(String tenantId, Supplier<T> work) {
        if (tenants.find(tenantId).isEmpty()) {
            throw new IllegalArgumentException("No active tenant '" + tenantId + "'");
        }
        return TenantContext.callAs(tenantId, work);
    }

    @Override
    public List<String> activeTenants() {
        return tenants.active().stream().map(Tenant::id).toList();
    }

    @Override
    public boolean isModuleEnabled(String tenantId, String moduleId) {
        return enablement.isEnabled(tenantId, moduleId);
    }
}
