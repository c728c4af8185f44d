package se.samverka.partnerships.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import se.samverka.partnerships.partnership.Partnership;
import se.samverka.partnerships.results.ChangeLevel;
import se.samverka.partnerships.results.IndicatorDetails;
import se.samverka.partnerships.results.Result;
import se.samverka.partnerships.results.Results;
import se.samverka.partnerships.results.YearValue;
import se.samverka.platform.api.refusal.Refusal;
import se.samverka.platform.api.ui.FieldRefusals;
import se.samverka.platform.api.ui.Notices;

import java.util.ArrayList;
import java.util.List;

/** Adds an indicator to a statement: level, baseline, target, means of verification, actuals ("2020: 12", one per line). */
class IndicatorDialog extends Dialog {

    IndicatorDialog(Results results, Partnership partnership, List<Result> statements, Runnable changed) {
        setHeaderTitle(getTranslation("partnerships.ui.indicator.new"));
        Select<Result> result = new Select<>();
        result.setId("indicator-result");
        result.setLabel(getTranslation("partnerships.field.indicator-result"));
        result.setItems(statements);
        result.setItemLabelGenerator(r -> getTranslation(r.level().labelKey()) + ": " + r.text());
        result.setValue(statements.get(statements.size() - 1));
        TextField name = new TextField(getTranslation("partnerships.field.indicator-name"));
        name.setId("indicator-name");
        Select<ChangeLevel> level = new Select<>();
        level.setId("indicator-level");
        level.setLabel(getTranslation("partnerships.field.change-level"));
        level.setItems(ChangeLevel.values());
        level.setItemLabelGenerator(l -> getTranslation(l.labelKey()));
        level.setValue(ChangeLevel.ORGANISATIONAL);
        TextField baseline = new TextField(getTranslation("partnerships.field.baseline"));
        baseline.setId("indicator-baseline");
        TextField target = new TextField(getTranslation("partnerships.field.target"));
        target.setId("indicator-target");
        TextField verification = new TextField(getTranslation("partnerships.field.verification"));
        verification.setId("indicator-verification");
        TextArea actuals = new TextArea(getTranslation("partnerships.field.actuals"));
        actuals.setId("indicator-actuals");
        actuals.setHelperText(getTranslation("partnerships.ui.indicator.actuals-help"));
        FieldRefusals refusals = new FieldRefusals().bind("resultId", result).bind("name", name).bind("level", level)
                .bind("baseline", baseline).bind("target", target).bind("verification", verification).bind("actuals", actuals);
        FormLayout form = new FormLayout(result, name, level, baseline, target, verification, actuals);
        form.setColspan(result, 2);
        form.setColspan(name, 2);
        form.setColspan(actuals, 2);
        add(form);
        Button save = new Button(getTranslation("partnerships.ui.save"), e -> {
            if (refusals.attempt(() -> results.addIndicator(partnership.id(), new IndicatorDetails(result.getValue().id(),
                    name.getValue(), level.getValue(), baseline.getValue(), target.getValue(), verification.getValue(),
                    yearValues(actuals.getValue()))))) {
                close();
                Notices.done(getTranslation("partnerships.ui.saved"));
                changed.run();
            }
        });
        save.setId("indicator-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("partnerships.ui.cancel"), e -> close()), save);
        setWidth("min(48rem, 100vw)");
    }

    /** "2020: 12" lines as year values; a line that is not "year: value" is refused at the field. */
    static List<YearValue> yearValues(String text) {
        List<YearValue> values = new ArrayList<>();
        for (String line : PartnershipDialog.lines(text)) {
            String[] parts = line.split(":", 2);
            if (parts.length < 2 || !parts[0].strip().matches("\\d{4}")) {
                throw new Refusal("partnerships.indicator.actual-line", line).at("actuals");
            }
            values.add(new YearValue(Integer.parseInt(parts[0].strip()), parts[1].strip()));
        }
        return values;
    }
}
