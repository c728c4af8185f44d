package se.samverka.platform.api.ui;

import com.vaadin.flow.component.html.Span;

/**
 * A small label for a status, coloured by tone with Lumo's own colour properties (inline: the portal
 * loads no badge style module, and a module brings no frontend files). The text always says the status,
 * so colour is never the only sign; every tone's text passes WCAG AA contrast on its background.
 */
public final class Badge {

    /** The tone of a badge: neutral, good, needs attention, needs attention now, or over. */
    public enum Tone {
        NEUTRAL("var(--lumo-primary-color-10pct)", "var(--lumo-primary-text-color)"),
        SUCCESS("var(--lumo-success-color-10pct)", "var(--lumo-success-text-color)"),
        ERROR("var(--lumo-error-color-10pct)", "var(--lumo-error-text-color)"),
        ALARM("var(--lumo-error-color)", "var(--lumo-error-contrast-color)"),
        MUTED("var(--lumo-contrast-10pct)", "var(--lumo-body-text-color)");

        private final String background;
        private final String text;

        Tone(String background, String text) {
            this.background = background;
            this.text = text;
        }
    }

    public static final String CLASS_NAME = "samverka-badge";

    private Badge() {
    }

    public static Span of(String text, Tone tone) {
        Span badge = new Span(text);
        badge.addClassName(CLASS_NAME);
        badge.getElement().setAttribute("theme", "badge " + tone.name().toLowerCase(java.util.Locale.ROOT));
        badge.getStyle().set("background", tone.background).set("color", tone.text)
                .set("padding", "0.15em 0.6em").set("border-radius", "var(--lumo-border-radius-l)")
                .set("font-size", "var(--lumo-font-size-s)").set("font-weight", "500").set("white-space", "nowrap");
        return badge;
    }
}
