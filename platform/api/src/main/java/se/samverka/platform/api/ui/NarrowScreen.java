package se.samverka.platform.api.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;

import java.io.Serializable;
import java.util.function.Consumer;

/**
 * Tells a view whether the browser window is narrow (a phone, or a desktop window made small), when the
 * view is shown and again whenever the width crosses {@link #WIDTH}. The portal loads no stylesheet of
 * its own (a module brings no frontend files), so a view lays itself out for a phone on the server:
 * fewer columns, filters behind a button. Until the browser has said its width the view is wide.
 */
public final class NarrowScreen implements Serializable {

    /** Below this window width, in CSS pixels, a view is laid out for a phone (Lumo's own small breakpoint). */
    public static final int WIDTH = 640;

    private final transient Consumer<Boolean> layout;
    private Boolean narrow;
    private Registration resize;

    private NarrowScreen(Consumer<Boolean> layout) {
        this.layout = layout;
    }

    /** Calls {@code layout} with {@code true} for a narrow window, {@code false} for a wide one, each time that changes. */
    public static void follow(Component view, Consumer<Boolean> layout) {
        NarrowScreen screen = new NarrowScreen(layout);
        view.addAttachListener(e -> screen.attach(e.getUI()));
        view.addDetachListener(e -> screen.detach());
    }

    public static boolean isNarrow(int width) {
        return width > 0 && width < WIDTH;
    }

    private void attach(UI ui) {
        ui.getPage().retrieveExtendedClientDetails(details -> changed(details.getWindowInnerWidth()));
        resize = ui.getPage().addBrowserWindowResizeListener(e -> changed(e.getWidth()));
    }

    private void detach() {
        if (resize != null) {
            resize.remove();
            resize = null;
        }
        narrow = null;
    }

    private void changed(int width) {
        boolean now = isNarrow(width);
        if (narrow == null || narrow != now) {
            narrow = now;
            layout.accept(now);
        }
    }
}
