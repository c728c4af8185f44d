package se.samverka.agreements.ui.followup;

import se.samverka.platform.api.data.Texts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import io.micronaut.core.annotation.Nullable;
import se.samverka.agreements.followup.Indicator;
import se.samverka.agreements.followup.IndicatorDefinition;
import se.samverka.agreements.followup.IndicatorKind;
import se.samverka.agreements.followup.Indicators;
import se.samverka.platform.api.ui.FieldRefusals;
import se.samverka.platform.api.ui.Notices;

/** Defines an indicator, or renames one: its name and whether the partner answers with a number or a text. */
class IndicatorDialog extends Dialog {

    /** @param existing the indicator to change; null for a new one */
    IndicatorDialog(Indicators indicators, long agreementId, @Nullable Indicator existing, Runnable changed) {
        setId("indicator-dialog");
        setHeaderTitle(getTranslation(existing == null ? "agreements.ui.indicator.add" : "agreements.ui.indicator.edit"));
        TextField name = new TextField(getTranslation("agreements.field.indicator-name"));
        name.setId("indicator-name");
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(500);
        name.setWidthFull();
        Select<IndicatorKind> kind = new Select<>();
        kind.setId("indicator-kind");
        kind.setLabel(getTranslation("agreements.field.indicator-kind"));
        kind.setItems(IndicatorKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("agreements.indicator-kind." + k.name()));
        kind.setValue(existing == null ? IndicatorKind.NUMBER : existing.kind());
        if (existing != null) {
            name.setValue(existing.name());
        }
        add(new FormLayout(name, kind));
        FieldRefusals refusals = new FieldRefusals().bind("indicatorName", name).bind("indicatorKind", kind).otherwiseIn(this);
        Button save = new Button(getTranslation("agreements.ui.save"), e -> {
            if (name.getValue().isBlank()) {
                name.setErrorMessage(getTranslation(Texts.REQUIRED, getTranslation("agreements.field.indicator-name")));
                name.setInvalid(true);
                name.focus();
                return;
            }
            IndicatorDefinition definition = new IndicatorDefinition(name.getValue(), kind.getValue());
            // what the service refuses is said in the dialog, at the field where it has one
            if (!refusals.attempt(() -> {
                if (existing == null) {
                    indicators.add(agreementId, definition);
                } else {
                    indicators.update(existing.id(), existing.version(), definition);
                }
            })) {
                return;
            }
            close();
            Notices.done(getTranslation("agreements.ui.saved"));
            changed.run();
        });
        save.setId("indicator-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("agreements.ui.cancel"), e -> close()), save);
    }
}
