package se.samverka.platform.api.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import se.samverka.platform.api.refusal.Refusal;

/**
 * The short messages a view shows after an action: done, or refused with the service's reason (what a
 * view would rather not catch at all: the platform's error handler shows a refusal thrown on the same way).
 */
public final class Notices {

    private static final int DONE_MILLIS = 4000;
    private static final int REFUSAL_MILLIS = 10_000;

    private Notices() {
    }

    /**
     * Lumo's success variant puts light text on a green of contrast 3.5:1, below WCAG AA's 4.5:1 (axe-core
     * flags it); the contrast variant reads well and the words say it is done.
     */
    public static Notification done(String message) {
        Notification notification = Notification.show(message, DONE_MILLIS, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
        return notification;
    }

    /** The refusal in the user's language; it stays long enough to be read and is announced. */
    public static Notification refused(Refusal refusal) {
        return error(FieldRefusals.message(refusal));
    }

    public static Notification error(String message) {
        Notification notification = Notification.show(message, REFUSAL_MILLIS, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.getElement().setAttribute("role", "alert");
        return notification;
    }
}
