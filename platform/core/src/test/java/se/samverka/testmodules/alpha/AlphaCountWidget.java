package se.samverka.testmodules.alpha;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import jakarta.inject.Singleton;
import se.samverka.platform.api.module.DashboardWidget;
import se.samverka.platform.api.module.LocalizedText;
import se.samverka.platform.api.security.Roles;

import java.util.Set;

/** The test module's dashboard card: how many notes the tenant has. */
@Singleton
class AlphaCountWidget implements DashboardWidget {

    private final NoteRepository notes;

    AlphaCountWidget(NoteRepository notes) {
        this.notes = notes;
    }

    @Override
    public String moduleId() {
        return "alpha";
    }

    @Override
    public String id() {
        return "alpha-count";
    }

    @Override
    public LocalizedText title() {
        return new LocalizedText("Anteckningar", "Notes");
    }

    @Override
    public Set<String> roles() {
        return Set.of(Roles.CASE_OFFICER);
    }

    @Override
    public Component create() {
        Span count = new Span(String.valueOf(notes.count()));
        count.setId("alpha-count-value");
        return count;
    }
}
