package se.samverka.platform.api.tenant;

import java.util.List;
import java.util.function.Supplier;

/** Runs background work (jobs, reminders, exports) in an explicitly chosen tenant. */
public interface TenantWork {

    /** Runs {@code work} with {@code tenantId} as the current tenant, then restores the previous one. */
    <T> T callAs(String tenantId, Supplier<T> work);

    default void runAs(String tenantId, Runnable work) {
        callAs(tenantId, () -> {
            work.run();
            return null;
        });
    }

    /** The ids of the tenants that are active (not suspended). */
    List<String> activeTenants();

    /** Whether the module is enabled for the tenant. */
    boolean isModuleEnabled(String tenantId, String moduleId);
}
