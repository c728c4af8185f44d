package se.samverka.platform.core.links;

import io.micronaut.context.BeanProvider;
import jakarta.inject.Singleton;
import se.samverka.platform.api.links.Contribution;
import se.samverka.platform.api.links.LinkedRecord;
import se.samverka.platform.api.links.RecordContributions;
import se.samverka.platform.api.links.RecordDirectory;
import se.samverka.platform.api.links.RecordReference;
import se.samverka.platform.api.links.RecordSource;
import se.samverka.platform.api.tenant.CurrentTenant;
import se.samverka.platform.core.module.ModuleEnablement;

import java.util.List;
import java.util.Optional;

/** The modules' record sources, asked only while their module is enabled for the current tenant. */
@Singleton
public class PlatformRecordDirectory implements RecordDirectory {

    // providers: a module's source may itself use the directory (a programme links an agreement)
    private final BeanProvider<RecordSource> sources;
    private final BeanProvider<RecordContributions> contributions;
    private final ModuleEnablement enablement;
    private final CurrentTenant tenant;

    PlatformRecordDirectory(BeanProvider<RecordSource> sources, BeanProvider<RecordContributions> contributions,
                            ModuleEnablement enablement,
                            CurrentTenant tenant) {
        this.sources = sources;
        this.contributions = contributions;
        this.enablement = enablement;
        this.tenant = tenant;
    }

    @Override
    public Optional<LinkedRecord> resolve(RecordReference reference) {
        return source(reference.module(), reference.type())
                .flatMap(source -> source.resolve(reference.type(), reference.id()))
                // a source answers for its own records only
                .filter(found -> found.reference().equals(reference));
    }

    @Override
    public List<LinkedRecord> search(String module, String type, String text, int limit) {
        return source(module, type).map(source -> source.search(type, text == null ? "" : text.strip(), Math.max(0, limit)))
                .orElse(List.of());
    }

    @Override
    public List<Contribution> contributionsTo(RecordReference target) {
        Optional<String> current = tenant.id();
        if (current.isEmpty() || !enablement.isEnabled(current.get(), target.module())) {
            return List.of();
        }
        return contributions.stream().filter(c -> enablement.isEnabled(current.get(), c.moduleId()))
                .flatMap(c -> c.to(target).stream()).toList();
    }

    @Override
    public boolean isAvailable(String module, String type) {
        return source(module, type).isPresent();
    }

    private Optional<RecordSource> source(String module, String type) {
        Optional<String> current = tenant.id();
        if (current.isEmpty() || !enablement.isEnabled(current.get(), module)) {
            return Optional.empty();
        }
        return sources.stream().filter(s -> s.moduleId().equals(module) && s.types().contains(type)).findFirst();
    }
}
