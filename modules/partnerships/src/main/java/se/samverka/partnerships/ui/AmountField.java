package se.samverka.partnerships.ui;

import com.vaadin.flow.component.textfield.IntegerField;
import se.samverka.platform.api.data.Texts;
import se.samverka.platform.api.refusal.Refusal;

/** An amount in kronor a form requires: an empty field is refused at {@code amountSek}, like the service's refusals. */
final class AmountField {

    private AmountField() {
    }

    static long required(IntegerField amount) {
        if (amount.getValue() == null) {
            throw new Refusal(Texts.REQUIRED, Refusal.label("partnerships.field.amount-sek")).at("amountSek");
        }
        return amount.getValue();
    }
}
