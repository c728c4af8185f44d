package se.samverka.platform.api.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * Horizontal bars in plain HTML, for a dashboard card: a list, one item per bar, read by a screen reader
 * as "aktiv: 12" and, with a link, opening what the bar counts. The bar itself is decoration (hidden from
 * assistive technology); the text carries the figure, which may be a protected one ("<5").
 */
public class BarChart extends UnorderedList {

    /**
     * @param length the bar's length against the others (a protected count's is its upper bound, or 0)
     * @param shown  the figure as shown and read
     * @param link   where the bar leads, or null
     */
    public record Bar(String id, String label, long length, String shown, @Nullable String link) {
    }

    public BarChart(String ariaLabel, List<Bar> bars) {
        addClassName("samverka-bar-chart");
        getElement().setAttribute("aria-label", ariaLabel);
        getStyle().set("list-style", "none").set("padding", "0").set("margin", "0");
        long max = bars.stream().mapToLong(Bar::length).max().orElse(1);
        bars.forEach(bar -> add(item(bar, max)));
    }

    private ListItem item(Bar bar, long max) {
        HasComponents container;
        Component target;
        if (bar.link() != null) {
            Anchor link = new Anchor(bar.link(), "");
            link.getElement().setAttribute("router-link", true);
            link.getStyle().set("text-decoration", "none").set("color", "var(--lumo-body-text-color)");
            container = link;
            target = link;
        } else {
            Div plain = new Div();
            container = plain;
            target = plain;
        }
        target.setId(bar.id());
        target.getElement().setAttribute("aria-label", bar.label() + ": " + bar.shown());
        target.getStyle().set("display", "grid").set("grid-template-columns", "minmax(6rem, 12rem) 1fr 3rem")
                .set("align-items", "center").set("gap", "var(--lumo-space-s)").set("padding", "var(--lumo-space-xs) 0");
        Span name = new Span(bar.label());
        Div track = new Div();
        track.getElement().setAttribute("aria-hidden", "true");
        track.getStyle().set("background", "var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-s)")
                .set("height", "1rem");
        Div fill = new Div();
        fill.getStyle().set("background", "var(--lumo-primary-color)").set("border-radius", "var(--lumo-border-radius-s)")
                .set("height", "100%").set("width", (max == 0 ? 0 : bar.length() * 100 / max) + "%");
        track.add(fill);
        Span figure = new Span(bar.shown());
        figure.addClassName("samverka-bar-value");
        figure.getStyle().set("text-align", "end").set("font-variant-numeric", "tabular-nums");
        container.add(name, track, figure);
        return new ListItem(target);
    }
}
