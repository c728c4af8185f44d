package se.samverka.platform.core.ui.work;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNavItem;
import se.samverka.platform.api.work.Urgency;
import se.samverka.platform.core.work.MyWork;
import se.samverka.platform.core.work.MyWork.ModuleWork;

import java.util.List;

/**
 * "Mitt arbete" in the side navigation with the number of items beside it, red while any is overdue. The
 * number is read out as words ("5 att göra, 2 försenade"): the visible figure alone would say nothing.
 */
public final class MyWorkNavItem {

    private MyWorkNavItem() {
    }

    public static SideNavItem create(MyWork work) {
        SideNavItem item = new SideNavItem(null, MyWorkView.class, VaadinIcon.TASKS.create());
        item.setLabel(item.getTranslation("work.title"));
        item.setId("nav-my-work");
        List<ModuleWork> items = work.items();
        if (items.isEmpty()) {
            return item;
        }
        long overdue = items.stream().filter(w -> w.item().urgency() == Urgency.OVERDUE).count();
        Span count = new Span(String.valueOf(items.size()));
        count.setId("nav-my-work-count");
        count.getElement().setAttribute("aria-hidden", "true");
        // Lumo's own text-on-colour pairs keep 4.5:1 against their backgrounds
        count.getStyle().set("background", overdue > 0 ? "var(--lumo-error-color)" : "var(--lumo-primary-color)")
                .set("color", overdue > 0 ? "var(--lumo-error-contrast-color)" : "var(--lumo-primary-contrast-color)")
                .set("border-radius", "1em").set("padding", "0 0.5em").set("font-size", "var(--lumo-font-size-s)")
                .set("font-weight", "600");
        Span spoken = new Span(overdue > 0 ? item.getTranslation("work.count.overdue", items.size(), overdue)
                : item.getTranslation("work.count", items.size()));
        spoken.getStyle().set("position", "absolute").set("width", "1px").set("height", "1px").set("overflow", "hidden")
                .set("clip", "rect(0 0 0 0)").set("white-space", "nowrap");
        item.setSuffixComponent(new Span(count, spoken));
        return item;
    }
}
