package se.samverka.platform.core.tenant;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.samverka.platform.core.module.ModuleEnablement;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Applies the tenant files idempotently: identity fields are overwritten from the file every start;
 * the file's modules are enabled only when the tenant is first created (afterwards administrators
 * manage them in the portal, and the database is the truth).
 */
@Singleton
public class TenantSync {

    private final TenantRepository repository;
    private final ModuleEnablement enablement;
    private final Clock clock;

    TenantSync(TenantRepository repository, ModuleEnablement enablement, Clock clock) {
        this.repository = repository;
        this.enablement = enablement;
        this.clock = clock;
    }

    @Transactional
    public void apply(List<TenantDefinition> definitions) {
        Instant now = clock.instant();
        for (TenantDefinition d : definitions) {
            var existing = repository.findById(d.id());
            Tenant tenant = new Tenant(d.id(), d.name(), d.kind(), d.organisationNumber(), String.join(",", d.hosts()),
                    d.locale(), d.brandColour(), existing.map(Tenant::suspended).orElse(false),
                    existing.map(Tenant::createdAt).orElse(now), now);
            if (existing.isPresent()) {
                if (!sameIdentity(existing.get(), tenant)) {
                    repository.update(tenant);
                }
            } else {
                repository.save(tenant);
                for (String module : d.modules()) {
                    enablement.setEnabled(d.id(), module, true, "tenant-file:" + d.source().getFileName());
                }
            }
        }
    }

    private static boolean sameIdentity(Tenant a, Tenant b) {
        return a.name().equals(b.name()) && a.kind() == b.kind()
                && java.util.Objects.equals(a.organisationNumber(), b.organisationNumber())
                && a.hosts().equals(b.hosts()) && a.locale().equals(b.locale()) && a.brandColour().equals(b.brandColour());
    }
}
