package se.samverka.platform.core.work;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.samverka.platform.api.module.ModuleManifest;
import se.samverka.platform.api.tenant.CurrentTenant;
import se.samverka.platform.api.work.WorkItem;
import se.samverka.platform.api.work.WorkSource;
import se.samverka.platform.core.module.ModuleEnablement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The current user's work in the current tenant, from every enabled module's {@link WorkSource}: overdue
 * first, then what waits for them, then what is due soon, each by date. A module whose source fails is
 * left out (and logged) rather than taking the start page down with it.
 */
@Singleton
public class MyWork {

    private static final Logger LOG = LoggerFactory.getLogger(MyWork.class);

    static final Comparator<ModuleWork> ORDER = Comparator.comparing((ModuleWork w) -> w.item().urgency())
            .thenComparing(w -> w.item().date()).thenComparing(w -> w.item().uid());

    private final List<WorkSource> sources;
    private final ModuleEnablement enablement;
    private final CurrentTenant tenant;
    private final Clock clock;

    MyWork(List<WorkSource> sources, ModuleEnablement enablement, CurrentTenant tenant, Clock clock) {
        this.sources = sources;
        this.enablement = enablement;
        this.tenant = tenant;
        this.clock = clock;
    }

    /** The items, most urgent first; none without a current tenant. */
    public List<ModuleWork> items() {
        if (tenant.id().isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        Map<String, ModuleManifest> enabled = enablement.enabledModules(tenant.require()).stream()
                .collect(Collectors.toMap(ModuleManifest::id, Function.identity()));
        List<ModuleWork> items = new ArrayList<>();
        for (WorkSource source : sources) {
            ModuleManifest module = enabled.get(source.moduleId());
            if (module == null) {
                continue;
            }
            try {
                source.work(today).forEach(item -> items.add(new ModuleWork(module, item)));
            } catch (RuntimeException e) {
                LOG.warn("The work of module {} could not be read for tenant {}", source.moduleId(), tenant.require(), e);
            }
        }
        items.sort(ORDER);
        return items;
    }

    /** An item and the module it comes from. */
    public record ModuleWork(ModuleManifest module, WorkItem item) {
    }
}
