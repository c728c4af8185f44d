package se.samverka.platform.core.ui.notifications;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import se.samverka.platform.core.notifications.NotificationRecord;
import se.samverka.platform.core.notifications.Notifications;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The user's newest notifications: read them, open what they are about, mark them read. */
public class NotificationsDialog extends Dialog {

    static final int SHOWN = 30;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Europe/Stockholm"));

    private final Notifications notifications;
    private final Runnable changed;
    private final Div content = new Div();

    public NotificationsDialog(Notifications notifications, Runnable changed) {
        this.notifications = notifications;
        this.changed = changed;
        setId("notifications-dialog");
        setHeaderTitle(getTranslation("notifications.title"));
        setWidth("min(40rem, 95vw)");
        Button markAll = new Button(getTranslation("notifications.markAllRead"), e -> {
            notifications.markAllRead();
            update();
        });
        markAll.setId("notifications-mark-all");
        Button close = new Button(getTranslation("notifications.close"), e -> close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(markAll, close);
        add(content);
        update();
    }

    private void update() {
        content.removeAll();
        List<NotificationRecord> latest = notifications.latest(SHOWN);
        if (latest.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("notifications.empty"));
            empty.setId("notifications-empty");
            content.add(empty);
        } else {
            UnorderedList list = new UnorderedList();
            list.setId("notifications-list");
            list.getStyle().set("list-style", "none").set("padding-left", "0");
            latest.forEach(n -> list.add(item(n)));
            content.add(list);
        }
        changed.run();
    }

    private ListItem item(NotificationRecord notification) {
        Locale locale = getLocale();
        H3 subject = new H3(notification.subject(locale));
        subject.getStyle().set("font-size", "var(--lumo-font-size-m)").set("margin", "0")
                .set("font-weight", notification.unread() ? "700" : "400");
        Span when = new Span(TIME.format(notification.createdAt()));
        when.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        HorizontalLayout actions = new HorizontalLayout();
        if (notification.link() != null) {
            Anchor open = new Anchor(notification.link(), getTranslation("notifications.open"));
            open.getElement().addEventListener("click", e -> {
                markRead(notification);
                close(); // the router shows the record; the list would cover it
            });
            actions.add(open);
        }
        if (notification.unread()) {
            Span badge = new Span(getTranslation("notifications.unread"));
            badge.getElement().getThemeList().add("badge small");
            Button read = new Button(getTranslation("notifications.markRead"), e -> {
                markRead(notification);
                update();
            });
            read.addClassName("notification-mark-read");
            read.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(badge, read);
        }
        ListItem item = new ListItem(subject, when, new Paragraph(notification.body(locale)), actions);
        item.addClassName("notification");
        item.getStyle().set("border-bottom", "1px solid var(--lumo-contrast-10pct)").set("padding", "var(--lumo-space-s) 0");
        return item;
    }

    private void markRead(NotificationRecord notification) {
        notifications.markRead(notification.id());
        changed.run();
    }
}
