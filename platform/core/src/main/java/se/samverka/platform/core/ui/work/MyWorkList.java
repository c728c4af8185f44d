package se.samverka.platform.core.ui.work;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import se.samverka.platform.api.ui.Badge;
import se.samverka.platform.api.ui.Formats;
import se.samverka.platform.api.work.Urgency;
import se.samverka.platform.api.work.WorkItem;
import se.samverka.platform.core.work.MyWork.ModuleWork;

import java.util.List;
import java.util.Locale;

/**
 * Work items in groups by urgency, each group a heading with its count and a list: the record as a link
 * to where the work is done, what to do, and a line with the urgency in words, the date and the module.
 * A list rather than a grid, so that it reads in order on a phone and to a screen reader.
 */
class MyWorkList extends Div {

    /** @param headingLevel 2 on the view, 3 inside the dashboard's card */
    MyWorkList(List<ModuleWork> items, int headingLevel) {
        addClassName("my-work");
        Locale locale = getLocale();
        for (Urgency urgency : Urgency.values()) {
            List<ModuleWork> group = items.stream().filter(w -> w.item().urgency() == urgency).toList();
            if (group.isEmpty()) {
                continue;
            }
            String id = "my-work-" + urgency.name().toLowerCase(Locale.ROOT).replace('_', '-');
            String title = getTranslation("work.group." + urgency.name(), group.size());
            Component heading = headingLevel == 2 ? new H2(title) : new H3(title);
            heading.setId(id + "-heading");
            UnorderedList list = new UnorderedList();
            list.setId(id);
            list.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
            list.getStyle().set("list-style", "none").set("padding", "0").set("margin", "0 0 var(--lumo-space-m) 0");
            group.forEach(w -> list.add(item(w, locale)));
            add(heading, list);
        }
    }

    private ListItem item(ModuleWork work, Locale locale) {
        WorkItem item = work.item();
        Component what;
        if (item.link() == null) {
            what = new Span(item.what().in(locale));
        } else {
            Anchor link = new Anchor(item.link(), item.what().in(locale));
            link.getElement().setAttribute("router-link", true);
            what = link;
        }
        what.getElement().getStyle().set("font-weight", "600");
        Paragraph todo = new Paragraph(item.todo().in(locale));
        todo.getStyle().set("margin", "0.2em 0");
        Span when = new Span(getTranslation("work.date." + item.urgency().name(), Formats.date(item.date())));
        Span module = new Span(work.module().name().in(locale));
        Div facts = new Div(Badge.of(getTranslation("work.urgency." + item.urgency().name()), tone(item.urgency())), when, module);
        facts.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)")
                .set("align-items", "center").set("font-size", "var(--lumo-font-size-s)")
                .set("color", "var(--lumo-secondary-text-color)");
        ListItem li = new ListItem(what, todo, facts);
        li.addClassName("my-work-item");
        li.getElement().setAttribute("data-uid", work.module().id() + "." + item.uid());
        li.getStyle().set("padding", "var(--lumo-space-s) 0").set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        return li;
    }

    private static Badge.Tone tone(Urgency urgency) {
        return switch (urgency) {
            case OVERDUE -> Badge.Tone.ALARM;
            case WAITING -> Badge.Tone.ERROR;
            case DUE_SOON -> Badge.Tone.NEUTRAL;
        };
    }
}
