package se.samverka.platform.api.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import se.samverka.platform.api.refusal.Refusal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A form's refusals at its fields: the form binds each field to the name the refusal uses for it (the
 * API's JSON path, e.g. {@code "period.end"}, {@code "organisationNumber"}); a refusal of the service is
 * then shown at that field, translated, and the field is marked invalid. A refusal no bound field takes
 * is the caller's to show (or the platform's error handler's, if it is simply thrown on).
 * <pre>{@code
 * FieldRefusals refusals = new FieldRefusals().bind("title", title).bind("period.end", end);
 * try { service.save(...); } catch (Refusal refusal) { if (!refusals.show(refusal)) throw refusal; }
 * }</pre>
 */
public final class FieldRefusals {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private HasComponents elsewhere;
    private Callout shownElsewhere;

    /** Binds a field; a refusal of the field, or of a field below it ({@code period} takes {@code period.end}), is shown there. */
    public FieldRefusals bind(String field, HasValidation component) {
        fields.put(field, component);
        return this;
    }

    /**
     * Shows a refusal no bound field takes in {@code area} (e.g. the top of a dialog's content) as an error
     * callout, announced to screen readers, instead of leaving it to the platform's notification, which a
     * dialog would cover: a dialog's refusals are then all said inside it, and it stays open with the input.
     */
    public FieldRefusals otherwiseIn(HasComponents area) {
        this.elsewhere = area;
        return this;
    }

    /**
     * Shows the refusal at its field (or in the area of {@link #otherwiseIn}) and clears earlier refusals.
     *
     * @return whether a bound field (or the area) took it
     */
    public boolean show(Refusal refusal) {
        clear();
        Optional<HasValidation> field = fieldOf(refusal);
        if (field.isEmpty() && elsewhere != null) {
            shownElsewhere = Callout.error(message(refusal));
            shownElsewhere.addClassName("field-refusals-elsewhere");
            elsewhere.addComponentAsFirst(shownElsewhere);
            return true;
        }
        field.ifPresent(component -> {
            component.setErrorMessage(message(refusal));
            component.setInvalid(true);
            if (component instanceof com.vaadin.flow.component.Focusable<?> focusable) {
                focusable.focus();
            }
        });
        return field.isPresent();
    }

    /**
     * Shows each refusal at its field, without moving the focus: the rules a form breaks while the user types.
     * The fields of earlier refusals are cleared first.
     */
    public void showWhileTyping(List<Refusal> refusals) {
        clear();
        for (Refusal refusal : refusals) {
            fieldOf(refusal).filter(component -> !component.isInvalid()).ifPresent(component -> {
                component.setErrorMessage(message(refusal));
                component.setInvalid(true);
            });
        }
    }

    /**
     * Runs a save: a refusal is shown at its field (and the dialog keeps the input), or, when no bound field
     * takes it, thrown on to the platform's error handler.
     *
     * @return whether it saved
     */
    public boolean attempt(Runnable save) {
        clear();
        try {
            save.run();
            return true;
        } catch (Refusal refused) {
            if (!show(refused)) {
                throw refused;
            }
            return false;
        }
    }

    /** The bound field the refusal concerns: its own, else the nearest bound field above it. */
    public Optional<HasValidation> fieldOf(Refusal refusal) {
        Optional<String> name = refusal.field();
        while (name.isPresent()) {
            HasValidation component = fields.get(name.get());
            if (component != null) {
                return Optional.of(component);
            }
            int dot = name.get().lastIndexOf('.');
            name = dot < 0 ? Optional.empty() : Optional.of(name.get().substring(0, dot));
        }
        return Optional.empty();
    }

    /** Marks every bound field valid again (and removes a refusal shown elsewhere). */
    public void clear() {
        fields.values().forEach(component -> component.setInvalid(false));
        if (shownElsewhere != null) {
            shownElsewhere.removeFromParent();
            shownElsewhere = null;
        }
    }

    /** What a refusal says, in the language of the current UI. */
    public static String message(Refusal refusal) {
        UI ui = UI.getCurrent();
        return ui == null ? refusal.getMessage() : ui.getTranslation(refusal.messageKey(), refusal.arguments().toArray());
    }

    /** What a refusal says, in the language of the component's UI. */
    public static String message(Component component, Refusal refusal) {
        return component.getTranslation(refusal.messageKey(), refusal.arguments().toArray());
    }
}
