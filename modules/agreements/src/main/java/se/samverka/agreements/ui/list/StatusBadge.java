package se.samverka.agreements.ui.list;

import com.vaadin.flow.component.html.Span;
import se.samverka.agreements.lifecycle.AgreementStatus;

/**
 * An agreement's status as a small badge in the status's colour. The colour only repeats the text,
 * which carries the meaning (WCAG 1.4.1); Lumo's colour pairs keep the contrast.
 */
public class StatusBadge extends Span {

    public StatusBadge(AgreementStatus status) {
        setText(getTranslation(status.labelKey()));
        getElement().setAttribute("data-status", status.name());
        String tone = switch (status) {
            case ACTIVE -> "success";
            case DECIDED -> "primary";
            case TERMINATED -> "error";
            default -> "contrast";
        };
        getStyle().set("display", "inline-block")
                .set("padding", "0 var(--lumo-space-s)")
                .set("border-radius", "var(--lumo-border-radius-l)")
                .set("font-size", "var(--lumo-font-size-s)")
                .set("font-weight", "500")
                .set("color", "var(--lumo-" + tone + "-text-color)")
                .set("background-color", "var(--lumo-" + tone + "-color-10pct)");
    }
}
