package se.samverka.platform.core.jobs;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.samverka.platform.api.demo.DemoData;
import se.samverka.platform.api.jobs.ClusterWork;
import se.samverka.platform.api.security.SystemWork;
import se.samverka.platform.api.tenant.TenantWork;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;

/**
 * Every module's {@link DemoData}, at each start while demo users are on (the embedded default), on one
 * instance at a time: another instance starting at the same moment seeds instead, and the lock is freed
 * at once, so the next start checks again (and finds everything there).
 */
@Singleton
@Requires(property = "samverka.demo-users.enabled", value = "true")
public class DemoDataRunner implements ApplicationEventListener<ServerStartupEvent> {

    static final String LOCK = "demo-data";
    private static final Logger LOG = LoggerFactory.getLogger(DemoDataRunner.class);

    private final List<DemoData> data;
    private final ClusterWork cluster;
    private final TenantWork tenants;

    DemoDataRunner(List<DemoData> data, ClusterWork cluster, TenantWork tenants) {
        this.data = data;
        this.cluster = cluster;
        this.tenants = tenants;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        cluster.runExclusively(LOCK, Duration.ofMinutes(10), Duration.ZERO, this::seedAll);
    }

    /**
     * Seeds each module's data in each of its tenants that exists, modules in the order of their ids, so that
     * one module's demo may use another's (the groups run under the agreements of the agreements module).
     */
    public void seedAll() {
        List<String> active = tenants.activeTenants();
        for (DemoData module : data.stream().sorted(Comparator.comparing(DemoData::moduleId)).toList()) {
            for (String tenantId : module.tenants()) {
                if (!active.contains(tenantId)) {
                    continue;
                }
                try {
                    tenants.runAs(tenantId, () -> SystemWork.run(LOCK, module::seedCurrentTenant));
                } catch (RuntimeException e) {
                    // demo data is a convenience: the portal starts without it (the tenant's part rolled back)
                    LOG.error("Demo data of {} for tenant {} not created: {}", module.moduleId(), tenantId, e.getMessage(), e);
                }
            }
        }
    }
}
