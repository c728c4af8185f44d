package se.samverka.platform.core.module;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.samverka.platform.api.refusal.RecordNotFound;
import se.samverka.platform.api.audit.AuditLog;
import se.samverka.platform.api.module.ModuleManifest;
import se.samverka.platform.core.tenant.TenantContext;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Per-tenant module enablement, always read from the database so that a change made through one
 * portal instance holds at once on every other (one indexed primary-key read per check).
 */
@Singleton
public class ModuleEnablement {

    private final TenantModuleRepository repository;
    private final ModuleRegistry registry;
    private final AuditLog audit;
    private final Clock clock;

    ModuleEnablement(TenantModuleRepository repository, ModuleRegistry registry, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.registry = registry;
        this.audit = audit;
        this.clock = clock;
    }

    public boolean isEnabled(String tenantId, String moduleId) {
        return registry.isInstalled(moduleId)
                && repository.findById(new TenantModule.Key(tenantId, moduleId)).map(TenantModule::enabled).orElse(false);
    }

    /** The installed modules enabled for the tenant, in the registry's order. */
    public List<ModuleManifest> enabledModules(String tenantId) {
        Set<String> enabled = repository.findByKeyTenantId(tenantId).stream()
                .filter(TenantModule::enabled).map(m -> m.key().moduleId()).collect(Collectors.toSet());
        return registry.all().stream().filter(m -> enabled.contains(m.id())).toList();
    }

    /** Every installed module with its flag for the tenant. */
    public Map<ModuleManifest, Boolean> states(String tenantId) {
        List<ModuleManifest> enabled = enabledModules(tenantId);
        return registry.all().stream().collect(Collectors.toMap(m -> m, enabled::contains,
                (a, b) -> a, java.util.LinkedHashMap::new));
    }

    /**
     * Enables or disables an installed module for a tenant and audits the change in that tenant.
     *
     * @return whether anything changed
     */
    @Transactional
    public boolean setEnabled(String tenantId, String moduleId, boolean enabled, String actor) {
        if (!registry.isInstalled(moduleId)) {
            throw new RecordNotFound("record.module", moduleId);
        }
        TenantModule.Key key = new TenantModule.Key(tenantId, moduleId);
        Optional<TenantModule> existing = repository.findById(key);
        if (existing.map(TenantModule::enabled).orElse(false) == enabled && existing.isPresent()) {
            return false;
        }
        Instant now = clock.instant();
        if (existing.isPresent()) {
            TenantModule current = existing.get();
            repository.update(new TenantModule(key, enabled, current.version(), now, actor));
        } else {
            repository.save(new TenantModule(key, enabled, null, now, actor));
        }
        TenantContext.callAs(tenantId, () -> {
            audit.record(enabled ? "module.enable" : "module.disable", "module", moduleId,
                    Map.of("enabled", new AuditLog.Change(existing.map(TenantModule::enabled).orElse(false), enabled)));
            return null;
        });
        return true;
    }

    /** A module id that no installed module has. */
}
