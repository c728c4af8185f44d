package se.samverka.partnerships.ui;

import se.samverka.platform.api.ui.DateFields;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import se.samverka.partnerships.budget.ActualDetails;
import se.samverka.partnerships.budget.Budgets;
import se.samverka.partnerships.budget.CostCategory;
import se.samverka.partnerships.phase.Phase;
import se.samverka.platform.api.ui.FieldRefusals;
import se.samverka.platform.api.ui.Notices;
import se.samverka.platform.api.ui.NumberFields;

/** Enters a cost against a granted phase: category, date, kronor, and the original currency when paid abroad. */
class ActualDialog extends Dialog {

    ActualDialog(Budgets budgets, Phase phase, Runnable changed) {
        setHeaderTitle(getTranslation("partnerships.ui.actual.new"));
        Select<CostCategory> category = new Select<>();
        category.setId("actual-category");
        category.setLabel(getTranslation("partnerships.field.category"));
        category.setItems(CostCategory.values());
        category.setItemLabelGenerator(c -> getTranslation(c.labelKey())
                + (c.eligible() ? "" : " (" + getTranslation("partnerships.ui.budget.ineligible") + ")"));
        category.setValue(CostCategory.TRAVEL);
        DatePicker spentOn = DateFields.date(getTranslation("partnerships.field.spent-on"));
        spentOn.setId("actual-spent-on");
        spentOn.setMin(phase.startsOn());
        spentOn.setMax(phase.endsOn());
        IntegerField amount = new IntegerField(getTranslation("partnerships.field.amount-sek"));
        amount.setId("actual-amount");
        NumberFields.atLeast(amount, 0);
        amount.setSuffixComponent(new Span("kr"));
        TextField currency = new TextField(getTranslation("partnerships.field.original-currency"));
        currency.setId("actual-currency");
        currency.setMaxLength(3);
        currency.setHelperText(getTranslation("partnerships.ui.actual.currency-help"));
        BigDecimalField original = new BigDecimalField(getTranslation("partnerships.field.original-amount"));
        original.setId("actual-original-amount");
        TextField description = new TextField(getTranslation("partnerships.field.cost-description"));
        description.setId("actual-description");
        FieldRefusals refusals = new FieldRefusals().bind("category", category).bind("spentOn", spentOn).bind("amountSek", amount)
                .bind("originalCurrency", currency).bind("originalAmount", original).bind("description", description)
                .bind("phaseId", category);
        FormLayout form = new FormLayout(category, spentOn, amount, currency, original, description);
        form.setColspan(description, 2);
        add(form);
        Button save = new Button(getTranslation("partnerships.ui.save"), e -> {
            if (refusals.attempt(() -> budgets.addActual(phase.id(), new ActualDetails(category.getValue(), spentOn.getValue(),
                    AmountField.required(amount), currency.getValue(), original.getValue(), description.getValue(), null)))) {
                close();
                Notices.done(getTranslation("partnerships.ui.saved"));
                changed.run();
            }
        });
        save.setId("actual-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("partnerships.ui.cancel"), e -> close()), save);
        setWidth("min(48rem, 100vw)");
    }
}
