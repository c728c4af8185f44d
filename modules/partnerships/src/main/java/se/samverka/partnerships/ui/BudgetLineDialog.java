package se.samverka.partnerships.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import se.samverka.partnerships.budget.BudgetLine;
import se.samverka.partnerships.budget.Budgets;
import se.samverka.partnerships.budget.CostCategory;
import se.samverka.partnerships.phase.Phase;
import se.samverka.platform.api.ui.FieldRefusals;
import se.samverka.platform.api.ui.Notices;
import se.samverka.platform.api.ui.NumberFields;

import java.util.Optional;
import java.util.stream.IntStream;

/** Sets a line of a phase's approved budget: year, category, kronor (an ineligible category is said so). */
class BudgetLineDialog extends Dialog {

    BudgetLineDialog(Budgets budgets, Phase phase, Runnable changed) {
        setHeaderTitle(getTranslation("partnerships.ui.budget.set-line"));
        Select<Integer> year = new Select<>();
        year.setId("budget-year");
        year.setLabel(getTranslation("partnerships.field.budget-year"));
        year.setItems(IntStream.rangeClosed(phase.startsOn().getYear(), phase.endsOn().getYear()).boxed().toList());
        year.setValue(phase.startsOn().getYear());
        Select<CostCategory> category = new Select<>();
        category.setId("budget-category");
        category.setLabel(getTranslation("partnerships.field.category"));
        category.setItems(CostCategory.values());
        category.setItemLabelGenerator(c -> getTranslation(c.labelKey())
                + (c.eligible() ? "" : " (" + getTranslation("partnerships.ui.budget.ineligible") + ")"));
        category.setValue(CostCategory.TRAVEL);
        IntegerField amount = new IntegerField(getTranslation("partnerships.field.amount-sek"));
        amount.setId("budget-amount");
        NumberFields.atLeast(amount, 0);
        amount.setSuffixComponent(new Span("kr"));
        FieldRefusals refusals = new FieldRefusals().bind("budgetYear", year).bind("category", category).bind("amountSek", amount);
        // a line already set is changed from the version read when it was chosen: a change by someone else meanwhile
        // is refused as stale, never overwritten
        Long[] version = new Long[1];
        Runnable chosen = () -> {
            Optional<BudgetLine> line = year.getValue() == null ? Optional.empty()
                    : budgets.line(phase.id(), year.getValue(), category.getValue());
            version[0] = line.map(BudgetLine::version).orElse(null);
            amount.setValue(line.map(l -> Math.toIntExact(Math.min(l.amountSek(), Integer.MAX_VALUE))).orElse(null));
        };
        year.addValueChangeListener(e -> chosen.run());
        category.addValueChangeListener(e -> chosen.run());
        chosen.run();
        add(new FormLayout(year, category, amount));
        Button save = new Button(getTranslation("partnerships.ui.save"), e -> {
            if (refusals.attempt(() -> budgets.setLine(phase.id(), year.getValue(), category.getValue(),
                    AmountField.required(amount), version[0]))) {
                close();
                Notices.done(getTranslation("partnerships.ui.saved"));
                changed.run();
            }
        });
        save.setId("budget-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("partnerships.ui.cancel"), e -> close()), save);
    }
}
