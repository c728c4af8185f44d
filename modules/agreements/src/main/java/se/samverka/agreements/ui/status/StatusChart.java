package se.samverka.agreements.ui.status;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import io.micronaut.context.annotation.Prototype;
import se.samverka.agreements.lifecycle.AgreementStatus;
import se.samverka.agreements.overview.AgreementStatusCounts;
import se.samverka.agreements.ui.list.AgreementsListView;

import java.util.Map;

/**
 * The tenant's agreements per status as horizontal bars in plain HTML: a list of links, one per
 * status, each read by a screen reader as "aktiv: 12" and opening the list filtered by that status.
 * The bar itself is decoration (hidden from assistive technology); the text carries the figures.
 */
@Prototype
public class StatusChart extends Div {

    StatusChart(AgreementStatusCounts counts) {
        setId("agreements-status-chart");
        Map<AgreementStatus, Long> byStatus = counts.countsByStatus();
        long total = byStatus.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            Paragraph empty = new Paragraph(getTranslation("agreements.widget.status-empty"));
            empty.setId("agreements-status-empty");
            add(empty);
            return;
        }
        long max = byStatus.values().stream().mapToLong(Long::longValue).max().orElse(1);
        UnorderedList bars = new UnorderedList();
        bars.getElement().setAttribute("aria-label", getTranslation("agreements.widget.status-label", total));
        bars.getStyle().set("list-style", "none").set("padding", "0").set("margin", "0");
        byStatus.forEach((status, count) -> bars.add(bar(status, count, max)));
        add(bars);
    }

    private ListItem bar(AgreementStatus status, long count, long max) {
        String label = getTranslation(status.labelKey());
        Anchor link = new Anchor(AgreementsListView.ROUTE + "?status=" + status.name(), "");
        link.setId("agreements-status-" + status.name());
        link.getElement().setAttribute("router-link", true);
        link.getElement().setAttribute("aria-label", getTranslation("agreements.widget.status-bar", label, count));
        link.getStyle().set("display", "grid").set("grid-template-columns", "9rem 1fr 3rem").set("align-items", "center")
                .set("gap", "var(--lumo-space-s)").set("text-decoration", "none").set("color", "var(--lumo-body-text-color)")
                .set("padding", "var(--lumo-space-xs) 0");

        Span name = new Span(label);
        Div track = new Div();
        track.getElement().setAttribute("aria-hidden", "true");
        track.getStyle().set("background", "var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-s)")
                .set("height", "1rem");
        Div fill = new Div();
        fill.getStyle().set("background", "var(--lumo-primary-color)").set("border-radius", "var(--lumo-border-radius-s)")
                .set("height", "100%").set("width", (max == 0 ? 0 : count * 100 / max) + "%");
        track.add(fill);
        Span figure = new Span(String.valueOf(count));
        figure.addClassName("agreements-status-count");
        figure.getStyle().set("text-align", "end").set("font-variant-numeric", "tabular-nums");
        link.add(name, track, figure);
        return new ListItem(link);
    }
}
