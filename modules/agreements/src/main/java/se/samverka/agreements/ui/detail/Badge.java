package se.samverka.agreements.ui.detail;

import com.vaadin.flow.component.html.Span;
import se.samverka.agreements.lifecycle.AgreementStatus;

/**
 * A small label for a status, coloured by tone with Lumo's own colour properties. Styled inline:
 * the portal's Lumo has no badge style module loaded, and a module brings no frontend files. The
 * text always says the status, so colour is never the only sign.
 */
public final class Badge {

    /** The tone of a badge: neutral, good, needs attention now, or over. */
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

        /** An agreement's status in the same tone wherever it is shown (list, detail). */
        public static Tone of(AgreementStatus status) {
            return switch (status) {
                case ACTIVE -> SUCCESS;
                case TERMINATED -> ERROR;
                case ENDED -> MUTED;
                default -> NEUTRAL;
            };
        }
    }

    private Badge() {
    }

    public static Span of(String text, Tone tone) {
        Span badge = new Span(text);
        badge.addClassName("agreement-badge");
        badge.getStyle().set("background", tone.background).set("color", tone.text)
                .set("padding", "0.15em 0.6em").set("border-radius", "var(--lumo-border-radius-l)")
                .set("font-size", "var(--lumo-font-size-s)").set("font-weight", "500").set("white-space", "nowrap");
        return badge;
    }
}
