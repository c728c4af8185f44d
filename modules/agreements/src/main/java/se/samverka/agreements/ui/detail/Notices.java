package se.samverka.agreements.ui.detail;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import se.samverka.agreements.shared.Refusal;

import java.util.Locale;

/** The short messages the agreement views show after an action: done, or refused with the service's reason. */
public final class Notices {

    private static final int REFUSAL_MILLIS = 10_000;

    private Notices() {
    }

    public static void done(String message) {
        Notification.show(message, 4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** The refusal in the user's language; it stays long enough to be read. */
    public static void refused(Refusal refusal) {
        Notification notification = Notification.show(refusal.message(locale()), REFUSAL_MILLIS, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    public static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.forLanguageTag("sv") : ui.getLocale();
    }
}
