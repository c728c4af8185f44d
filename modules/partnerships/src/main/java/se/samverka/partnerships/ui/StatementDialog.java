package se.samverka.partnerships.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import se.samverka.partnerships.partnership.Partnership;
import se.samverka.partnerships.results.Result;
import se.samverka.partnerships.results.ResultLevel;
import se.samverka.partnerships.results.Results;
import se.samverka.platform.api.ui.FieldRefusals;
import se.samverka.platform.api.ui.Notices;

import java.util.List;

/** Adds a statement to the results framework: its level, the statement it sits under, its text. */
class StatementDialog extends Dialog {

    StatementDialog(Results results, Partnership partnership, List<Result> existing, Runnable changed) {
        setHeaderTitle(getTranslation("partnerships.ui.result.new"));
        Select<ResultLevel> level = new Select<>();
        level.setId("result-level");
        level.setLabel(getTranslation("partnerships.field.result-level"));
        level.setItems(ResultLevel.values());
        level.setItemLabelGenerator(l -> getTranslation(l.labelKey()));
        level.setValue(existing.isEmpty() ? ResultLevel.GOAL : ResultLevel.OUTCOME);
        Select<Result> parent = new Select<>();
        parent.setId("result-parent");
        parent.setLabel(getTranslation("partnerships.field.result-parent"));
        parent.setItems(existing);
        parent.setEmptySelectionAllowed(true);
        parent.setEmptySelectionCaption(getTranslation("partnerships.ui.result.no-parent"));
        parent.setItemLabelGenerator(r -> r == null ? getTranslation("partnerships.ui.result.no-parent")
                : getTranslation(r.level().labelKey()) + ": " + r.text());
        existing.stream().filter(r -> r.level() == ResultLevel.GOAL).findFirst().ifPresent(parent::setValue);
        TextArea text = new TextArea(getTranslation("partnerships.field.result-text"));
        text.setId("result-text");
        text.setWidthFull();
        FieldRefusals refusals = new FieldRefusals().bind("level", level).bind("parentId", parent).bind("text", text);
        FormLayout form = new FormLayout(level, parent, text);
        form.setColspan(text, 2);
        add(form);
        Button save = new Button(getTranslation("partnerships.ui.save"), e -> {
            if (refusals.attempt(() -> results.add(partnership.id(), level.getValue(),
                    parent.getValue() == null ? null : parent.getValue().id(), text.getValue()))) {
                close();
                Notices.done(getTranslation("partnerships.ui.saved"));
                changed.run();
            }
        });
        save.setId("result-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("partnerships.ui.cancel"), e -> close()), save);
        setWidth("min(48rem, 100vw)");
    }
}
