package se.samverka.testmodules.beta;

import jakarta.inject.Singleton;
import se.samverka.platform.api.module.LocalizedText;
import se.samverka.platform.api.module.ModuleManifest;
import se.samverka.platform.api.module.ModuleRoute;
import se.samverka.platform.api.module.NavigationEntry;
import se.samverka.platform.api.security.Roles;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A second test module: no migrations, views for tenant administrators only (one links to alpha's notes). */
@Singleton
public class BetaModule implements ModuleManifest {

    @Override
    public String id() {
        return "beta";
    }

    @Override
    public LocalizedText name() {
        return new LocalizedText("Beta", "Beta");
    }

    @Override
    public LocalizedText description() {
        return new LocalizedText("Testmodul för administratörer", "Test module for administrators");
    }

    @Override
    public String icon() {
        return "COG";
    }

    @Override
    public List<ModuleRoute> routes() {
        return List.of(new ModuleRoute("beta", BetaView.class), new ModuleRoute("beta/links", BetaLinksView.class));
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(new NavigationEntry(new LocalizedText("Beta-inställningar", "Beta settings"), "beta", "COG",
                Set.of(Roles.TENANT_ADMIN)));
    }

    @Override
    public Optional<String> messageBundle() {
        return Optional.of("i18n.beta");
    }
}
