package se.samverka.platform.api.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;

/**
 * Content that may be taller than its place (a dialog's read-only report, a long list) as a region that
 * scrolls itself and that the keyboard can reach: it takes focus (Tab), then the arrow and page keys scroll
 * it, and a screen reader names it. Without that, read-only content taller than a dialog scrolls only with
 * a mouse (axe: scrollable-region-focusable, WCAG 2.1.1).
 */
public class ScrollRegion extends Div {

    /** @param label what the region holds, said by a screen reader when it takes focus */
    public ScrollRegion(String label, String maxHeight, Component... content) {
        super(content);
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", label);
        getElement().setAttribute("tabindex", "0");
        getStyle().set("max-height", maxHeight).set("overflow", "auto")
                // the focus ring inside the box, where the overflow does not clip it
                .set("outline-offset", "-2px");
    }
}
