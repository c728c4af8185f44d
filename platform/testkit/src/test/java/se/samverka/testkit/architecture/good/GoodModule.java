package se.samverka.testkit.architecture.good;

import com.vaadin.flow.component.html.Div;
import se.samverka.platform.api.module.LocalizedText;
import se.samverka.platform.api.module.ModuleManifest;
import se.samverka.platform.api.module.ModuleRoute;
import se.samverka.platform.api.module.NavigationEntry;

import java.util.List;
import java.util.Optional;

/** A module that keeps every convention. */
public class GoodModule implements ModuleManifest {

    @Override
    public String id() {
        return "good";
    }

    @Override
    public LocalizedText name() {
        return new LocalizedText("Bra", "Good");
    }

    @Override
    public LocalizedText description() {
        return name();
    }

    @Override
    public String icon() {
        return "CHECK";
    }

    @Override
    public List<ModuleRoute> routes() {
        return List.of(new ModuleRoute("good", Div.class), new ModuleRoute("good/notes", Div.class));
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of();
    }

    @Override
    public Optional<String> migrations() {
        return Optional.of("classpath:db/good");
    }
}
