package se.samverka.groups.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import jakarta.inject.Singleton;
import se.samverka.groups.programme.Programme;
import se.samverka.platform.api.ui.Prose;

import java.util.stream.Collectors;

/** What a programme is: its situations, ages, method material and description. */
@Singleton
class OverviewTab implements ProgrammeTab {

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String labelKey() {
        return "groups.ui.tab.overview";
    }

    @Override
    public String id() {
        return "overview";
    }

    @Override
    public Component create(Programme programme, Runnable changed) {
        VerticalLayout tab = new VerticalLayout();
        tab.setId("programme-overview");
        tab.add(new H2(tab.getTranslation("groups.ui.tab.overview")));
        tab.add(line(tab, "groups.ui.situations", programme.targetSituations().stream()
                .map(s -> tab.getTranslation(s.labelKey())).collect(Collectors.joining(", "))));
        tab.add(line(tab, "groups.ui.ages", programme.ageFrom() == null && programme.ageTo() == null ? "–"
                : (programme.ageFrom() == null ? "" : programme.ageFrom()) + "–" + (programme.ageTo() == null ? "" : programme.ageTo())));
        tab.add(line(tab, "groups.field.method-material", programme.methodMaterial() == null ? "–" : programme.methodMaterial()));
        if (programme.description() != null) {
            tab.add(Prose.of(programme.description()));
        }
        return tab;
    }

    private static Div line(Component tab, String labelKey, String value) {
        Span label = new Span(tab.getTranslation(labelKey) + ": ");
        label.getStyle().set("font-weight", "600");
        return new Div(label, new Span(value));
    }
}
