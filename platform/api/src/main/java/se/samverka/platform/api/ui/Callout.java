package se.samverka.platform.api.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * A message in the page that asks for attention, one look everywhere: a warning (something is due or
 * short), an error (something went wrong, e.g. a stale change), or information. Warnings and errors are
 * announced to screen readers ({@code role="alert"}), information is a {@code status}; an icon and the
 * words carry the meaning, the colour only supports it.
 */
public class Callout extends Div {

    /** What the callout says about its content. */
    public enum Kind {
        INFO("var(--lumo-primary-color-10pct)", "var(--lumo-body-text-color)", VaadinIcon.INFO_CIRCLE, "status"),
        WARNING("var(--lumo-warning-color-10pct, #fff4d6)", "var(--lumo-warning-text-color, #6b4f00)", VaadinIcon.WARNING, "alert"),
        ERROR("var(--lumo-error-color-10pct)", "var(--lumo-error-text-color)", VaadinIcon.EXCLAMATION_CIRCLE, "alert");

        private final String background;
        private final String text;
        private final VaadinIcon icon;
        private final String role;

        Kind(String background, String text, VaadinIcon icon, String role) {
            this.background = background;
            this.text = text;
            this.icon = icon;
            this.role = role;
        }
    }

    public static final String CLASS_NAME = "samverka-callout";

    private final Div body = new Div();

    public Callout(Kind kind, String text) {
        this(kind);
        setText(text);
    }

    public Callout(Kind kind) {
        addClassName(CLASS_NAME);
        addClassName(CLASS_NAME + "-" + kind.name().toLowerCase(java.util.Locale.ROOT));
        getElement().setAttribute("role", kind.role);
        var icon = kind.icon.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        icon.getStyle().set("flex", "none").set("width", "var(--lumo-icon-size-s)").set("height", "var(--lumo-icon-size-s)");
        getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("align-items", "flex-start")
                .set("background", kind.background).set("color", kind.text)
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("margin", "var(--lumo-space-s) 0");
        body.getStyle().set("flex", "1");
        super.add(icon, body);
    }

    public static Callout warning(String text) {
        return new Callout(Kind.WARNING, text);
    }

    public static Callout error(String text) {
        return new Callout(Kind.ERROR, text);
    }

    public static Callout info(String text) {
        return new Callout(Kind.INFO, text);
    }

    /** The text of the callout (its other content stays). */
    @Override
    public void setText(String text) {
        body.removeAll();
        body.add(new Span(text));
    }

    /** What the callout says (its content's text). */
    @Override
    public String getText() {
        return body.getElement().getTextRecursively();
    }

    /** The content beside the icon, for a subclass that arranges its own. */
    protected Div body() {
        return body;
    }

    /** Content after the text, e.g. a button that resolves what the callout says. */
    @Override
    public void add(Component... components) {
        body.add(components);
    }
}
