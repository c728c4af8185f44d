package se.samverka.agreements.ui.detail;

import se.samverka.platform.api.ui.FieldRefusals;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import se.samverka.platform.api.refusal.Refusal;

import java.util.Locale;

/** The short messages the agreement views show after an action: done, or refused with the service's reason. */
public final class Notices {

    private static final int REFUSAL_MILLIS = 10_000;

    private Notices() {
    }

    /**
     * Lumo's success variant puts light text on a green of contrast 3.5:1, below WCAG AA's 4.5:1 (axe-core
     * flags it); the contrast variant reads well and the words say it is done.
     */
    public static void done(String message) {
        Notification.show(message, 4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_CONTRAST);
    }

    /** The refusal in the user's language; it stays long enough to be read. */
    public static void refused(Refusal refusal) {
        Notification notification = Notification.show(FieldRefusals.message(refusal), REFUSAL_MILLIS, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    public static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.forLanguageTag("sv") : ui.getLocale();
    }
}
