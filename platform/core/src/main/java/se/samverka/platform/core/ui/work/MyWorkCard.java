package se.samverka.platform.core.ui.work;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import se.samverka.platform.api.work.WorkSource;
import se.samverka.platform.core.work.MyWork;
import se.samverka.platform.core.work.MyWork.ModuleWork;

import java.util.List;

/** The start page's card of the user's work: the most urgent items and a link to all of them. */
public final class MyWorkCard {

    /** How many items the card shows; the rest are a click away. */
    static final int SHOWN = 5;

    private MyWorkCard() {
    }

    public static Component create(MyWork work) {
        List<ModuleWork> items = work.items();
        Div card = new Div();
        if (items.isEmpty()) {
            Paragraph empty = new Paragraph(card.getTranslation("work.empty", WorkSource.SOON_DAYS));
            empty.setId("my-work-card-empty");
            card.add(empty);
            return card;
        }
        card.add(new MyWorkList(items.subList(0, Math.min(SHOWN, items.size())), 3));
        RouterLink all = new RouterLink(card.getTranslation("work.all", items.size()), MyWorkView.class);
        all.setId("my-work-all");
        card.add(all);
        return card;
    }
}
