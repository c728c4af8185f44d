package se.samverka.testmodules.alpha;

import jakarta.inject.Singleton;
import se.samverka.platform.api.module.LocalizedText;
import se.samverka.platform.api.module.ModuleManifest;
import se.samverka.platform.api.module.ModuleRoute;
import se.samverka.platform.api.module.NavigationEntry;
import se.samverka.platform.api.security.Roles;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A test module with everything the contract offers: migrations, a tenant-owned entity, a view, an API, a widget. */
@Singleton
public class AlphaModule implements ModuleManifest {


    @Override
    public String id() {
        return "alpha";
    }

    @Override
    public LocalizedText name() {
        return new LocalizedText("Alfa", "Alpha");
    }

    @Override
    public LocalizedText description() {
        return new LocalizedText("Testmodul med anteckningar", "Test module with notes");
    }

    @Override
    public String icon() {
        return "NOTEBOOK";
    }

    @Override
    public List<ModuleRoute> routes() {
        return List.of(new ModuleRoute("alpha", AlphaNotesView.class));
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(new NavigationEntry(new LocalizedText("Anteckningar", "Notes"), "alpha", "NOTEBOOK",
                Set.of(Roles.CASE_OFFICER, Roles.READER)));
    }

    @Override
    public Optional<String> migrations() {
        return Optional.of("classpath:db/alpha");
    }

    @Override
    public Optional<String> messageBundle() {
        return Optional.of("i18n.alpha");
    }
}
