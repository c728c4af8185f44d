package se.samverka.platform.api.ui;

import com.vaadin.flow.component.textfield.IntegerField;
import io.micronaut.core.annotation.Nullable;

/**
 * Whole-number fields with their limits said in words: without the messages Vaadin's field turns red on a
 * figure out of range or on letters and says nothing, and a form's save seems to do nothing. The field's own
 * validation (and a Binder's, which uses it) then shows "Ange minst 0." at the field.
 */
public final class NumberFields {

    private NumberFields() {
    }

    /** Sets the limits (either may be null: no limit) and the messages that name them. */
    public static IntegerField bounded(IntegerField field, @Nullable Integer min, @Nullable Integer max) {
        IntegerField.IntegerFieldI18n texts = new IntegerField.IntegerFieldI18n()
                .setBadInputErrorMessage(field.getTranslation("number.not-a-whole-number"));
        if (min != null) {
            field.setMin(min);
            texts.setMinErrorMessage(max == null ? field.getTranslation("number.at-least", min)
                    : field.getTranslation("number.between", min, max));
        }
        if (max != null) {
            field.setMax(max);
            texts.setMaxErrorMessage(min == null ? field.getTranslation("number.at-most", max)
                    : field.getTranslation("number.between", min, max));
        }
        field.setI18n(texts);
        return field;
    }

    /** A figure that cannot be negative (an amount, a count): at least the minimum, no upper limit. */
    public static IntegerField atLeast(IntegerField field, int min) {
        return bounded(field, min, null);
    }
}
