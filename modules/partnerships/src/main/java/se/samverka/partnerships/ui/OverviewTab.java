package se.samverka.partnerships.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import jakarta.inject.Singleton;
import se.samverka.partnerships.partnership.Contact;
import se.samverka.partnerships.partnership.Partnership;
import se.samverka.partnerships.partnership.Partnerships;
import se.samverka.partnerships.partnership.Side;
import se.samverka.platform.api.ui.Prose;

import java.util.Map;
import java.util.stream.Collectors;

/** Who the parties are, the core areas, ICLD's references and the contacts on both sides. */
@Singleton
class OverviewTab implements PartnershipTab {

    private final Partnerships partnerships;

    OverviewTab(Partnerships partnerships) {
        this.partnerships = partnerships;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String labelKey() {
        return "partnerships.ui.tab.overview";
    }

    @Override
    public String id() {
        return "overview";
    }

    @Override
    public Component create(Partnership p, Runnable changed) {
        VerticalLayout tab = new VerticalLayout();
        tab.setId("partnership-overview");
        tab.add(new H2(tab.getTranslation("partnerships.ui.tab.overview")));
        Map<Long, String> names = partnerships.partnerNames(java.util.List.of(p));
        tab.add(line(tab, "partnerships.field.foreign-parties",
                p.foreignPartnerIds().stream().map(id -> names.getOrDefault(id, "–")).collect(Collectors.joining(", "))));
        tab.add(line(tab, "partnerships.field.swedish-parties", p.swedishParties().isEmpty() ? "–" : String.join(", ", p.swedishParties())));
        tab.add(line(tab, "partnerships.field.thematic-area", p.thematicArea() == null ? "–" : p.thematicArea()));
        tab.add(line(tab, "partnerships.field.core-areas",
                p.coreAreas().stream().map(a -> tab.getTranslation(a.labelKey())).collect(Collectors.joining(", "))));
        tab.add(line(tab, "partnerships.field.icld-references", p.icldReferences() == null ? "–" : p.icldReferences()));
        if (p.description() != null) {
            tab.add(Prose.of(p.description()));
        }
        for (Side side : Side.values()) {
            tab.add(new H3(tab.getTranslation("partnerships.ui.overview.contacts-of", tab.getTranslation(side.labelKey()))));
            UnorderedList list = new UnorderedList();
            list.setId("partnership-contacts-" + side.name().toLowerCase(java.util.Locale.ROOT));
            p.contacts().stream().filter(c -> c.side() == side).forEach(c -> list.add(new ListItem(contact(tab, c))));
            if (list.getChildren().findAny().isEmpty()) {
                list.add(new ListItem(tab.getTranslation("partnerships.ui.overview.no-contacts")));
            }
            tab.add(list);
        }
        return tab;
    }

    private static String contact(Component tab, Contact c) {
        return tab.getTranslation(c.role().labelKey()) + ": " + c.name() + (c.organisation() == null ? "" : ", " + c.organisation());
    }

    private static Div line(Component tab, String labelKey, String value) {
        Span label = new Span(tab.getTranslation(labelKey) + ": ");
        label.getStyle().set("font-weight", "600");
        return new Div(label, new Span(value));
    }
}
