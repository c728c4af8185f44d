package se.samverka.testkit.architecture.bad;

import com.vaadin.flow.component.html.Div;
import se.samverka.platform.api.module.LocalizedText;
import se.samverka.platform.api.module.ModuleManifest;
import se.samverka.platform.api.module.ModuleRoute;
import se.samverka.platform.api.module.NavigationEntry;

import java.util.List;
import java.util.Optional;

/** A module that breaks every convention, to prove the checks fail. */
public class BadModule implements ModuleManifest {

    @Override
    public String id() {
        return "bad";
    }

    @Override
    public LocalizedText name() {
        return new LocalizedText("Dålig", "Bad");
    }

    @Override
    public LocalizedText description() {
        return name();
    }

    @Override
    public String icon() {
        return "BUG";
    }

    @Override
    public List<ModuleRoute> routes() {
        return List.of(new ModuleRoute("bad", Div.class), new ModuleRoute("meetings", Div.class));
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of();
    }

    @Override
    public Optional<String> migrations() {
        return Optional.of("classpath:db/bad");
    }
}
