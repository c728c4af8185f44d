package se.samverka.platform.core.testing;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;

import java.lang.reflect.Constructor;

/**
 * The browser window's size as a Karibu test's UI reports it, as a phone's browser would after the page
 * loads: set before showing a view that lays itself out by width ({@code NarrowScreen}). Vaadin makes
 * the details only from the browser's answer, so the test makes them the same way, by their constructor.
 */
public final class BrowserWindow {

    /** An iPhone 12–15's width in CSS pixels: the phone of bug reports. */
    public static final int PHONE = 390;

    private BrowserWindow() {
    }

    public static void width(int width) {
        try {
            Constructor<ExtendedClientDetails> constructor = ExtendedClientDetails.class.getDeclaredConstructor(
                    String.class, String.class, String.class, String.class, String.class, String.class, String.class,
                    String.class, String.class, String.class, String.class, String.class, String.class, String.class,
                    String.class, String.class);
            constructor.setAccessible(true);
            String w = String.valueOf(width);
            // screen, window and body sizes; the time zone, touch, pixel ratio and window name are the phone's
            UI.getCurrent().getInternals().setExtendedClientDetails(constructor.newInstance(w, "844", w, "844", w, "844",
                    "-60", "-60", "0", "false", "Europe/Stockholm", null, "true", "3.0", "samverka", "iPhone"));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Vaadin's ExtendedClientDetails changed its constructor", e);
        }
    }
}
