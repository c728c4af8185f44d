package se.samverka.agreements.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.samverka.agreements.shared.SystemWork;
import se.samverka.platform.api.jobs.ClusterWork;
import se.samverka.platform.api.tenant.TenantWork;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The embedded default's demo data: the real agreements of the source documents, in the tenants
 * they belong to, whenever the module is installed and demo users are on (never in production,
 * which refuses demo users). It does not need the module to be enabled for the tenant: enabling it
 * later shows the data at once. Runs at every start, on one instance at a time, and adds only what
 * is missing.
 */
@Singleton
@Requires(property = "samverka.demo-users.enabled", value = "true")
class AgreementsDemoData implements ApplicationEventListener<ServerStartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(AgreementsDemoData.class);

    static final String LOCK = "agreements.demo-data";

    private final ClusterWork cluster;
    private final TenantWork tenants;
    private final DemoSeeder seeder;

    AgreementsDemoData(ClusterWork cluster, TenantWork tenants, DemoSeeder seeder) {
        this.cluster = cluster;
        this.tenants = tenants;
        this.seeder = seeder;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        // another instance starting at the same moment seeds instead; the lock is freed at once,
        // so the next start checks again (and finds everything there)
        cluster.runExclusively(LOCK, Duration.ofMinutes(10), Duration.ZERO, this::seedAll);
    }

    void seedAll() {
        List<String> active = tenants.activeTenants();
        for (Map.Entry<String, List<DemoAgreement>> tenant : DemoCatalogue.byTenant().entrySet()) {
            if (!active.contains(tenant.getKey())) {
                continue;
            }
            try {
                tenants.runAs(tenant.getKey(), () -> SystemWork.run("demo-data", () -> seeder.seed(tenant.getValue())));
            } catch (RuntimeException e) {
                // demo data is a convenience: the portal starts without it (the tenant's part rolled back)
                LOG.error("Demo data for tenant {} not created: {}", tenant.getKey(), e.getMessage(), e);
            }
        }
    }
}
