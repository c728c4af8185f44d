package se.samverka.platform.api.demo;

import java.util.Set;

/**
 * A module's demo data for the embedded default (never in production, which refuses demo users): a
 * {@code @Singleton} bean. The platform runs it at every start while demo users are on, on one instance
 * at a time, for each of {@link #tenants()} that exists, with the tenant set and as the portal's own work
 * ({@code system:demo-data}); a tenant's failure is logged and the portal starts without it. It runs
 * whether the module is enabled for the tenant or not (enabling it later shows the data at once), and
 * must add only what is missing.
 */
public interface DemoData {

    /** The module the data belongs to. */
    String moduleId();

    /** The tenants (ids) the module has demo data for. */
    Set<String> tenants();

    /** Adds what is missing of the current tenant's demo data. */
    void seedCurrentTenant();
}
