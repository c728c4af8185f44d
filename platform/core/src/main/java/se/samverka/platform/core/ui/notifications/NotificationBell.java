package se.samverka.platform.core.ui.notifications;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import se.samverka.platform.core.notifications.Notifications;

/**
 * The header's bell: the number of unread notifications as a badge (and in the button's accessible
 * name, since the badge alone says nothing to a screen reader); a click opens the list.
 */
public class NotificationBell extends HorizontalLayout {

    private final Notifications notifications;
    private final Button button = new Button(VaadinIcon.BELL.create());
    private final Span count = new Span();

    public NotificationBell(Notifications notifications) {
        this.notifications = notifications;
        setId("notification-bell");
        setSpacing(false);
        setPadding(false);
        button.setId("notification-button");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        button.getStyle().set("color", "white");
        button.addClickListener(e -> new NotificationsDialog(notifications, this::refresh).open());
        count.setId("notification-count");
        // solid, not Lumo's 10 % error tint: over the header's colour the tint read at about 1.5:1; white on
        // the error text colour is about 5.8:1. Hidden from screen readers: the button's name says the count.
        count.getElement().getThemeList().add("badge pill small");
        count.getStyle().set("background-color", "var(--lumo-error-text-color)")
                .set("color", "var(--lumo-error-contrast-color)").set("font-weight", "600");
        count.getElement().setAttribute("aria-hidden", "true");
        add(button, count);
        refresh();
    }

    /** Reads the unread count again. */
    public void refresh() {
        long unread = notifications.unreadCount();
        count.setText(String.valueOf(unread));
        count.setVisible(unread > 0);
        button.setAriaLabel(getTranslation("notifications.bell", unread));
        button.setTooltipText(getTranslation("notifications.bell", unread));
    }

    public long shownCount() {
        return count.isVisible() ? Long.parseLong(count.getText()) : 0;
    }
}
