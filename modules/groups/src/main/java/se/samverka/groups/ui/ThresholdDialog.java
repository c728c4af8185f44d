package se.samverka.groups.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import se.samverka.groups.disclosure.Disclosure;
import se.samverka.groups.disclosure.DisclosureSetting;
import se.samverka.platform.api.ui.FieldRefusals;
import se.samverka.platform.api.ui.Notices;
import se.samverka.platform.api.ui.NumberFields;

/** A tenant administrator sets the disclosure threshold (statistics offices use 5, some 3). */
class ThresholdDialog extends Dialog {

    ThresholdDialog(Disclosure disclosure) {
        setHeaderTitle(getTranslation("groups.ui.settings.title"));
        DisclosureSetting current = disclosure.setting();
        IntegerField threshold = new IntegerField(getTranslation("groups.ui.settings.threshold"));
        threshold.setId("threshold-value");
        NumberFields.bounded(threshold, Disclosure.MIN_THRESHOLD, Disclosure.MAX_THRESHOLD);
        threshold.setStepButtonsVisible(true);
        threshold.setValue(current.suppressionThreshold());
        FieldRefusals refusals = new FieldRefusals().bind("suppressionThreshold", threshold);
        add(new Paragraph(getTranslation("groups.ui.settings.help")), threshold);
        Button save = new Button(getTranslation("groups.ui.save"), e -> {
            if (refusals.attempt(() -> disclosure.setThreshold(threshold.getValue() == null ? 0 : threshold.getValue(),
                    current.version()))) {
                close();
                Notices.done(getTranslation("groups.ui.saved"));
                UI.getCurrent().getPage().reload();
            }
        });
        save.setId("threshold-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("groups.ui.cancel"), e -> close()), save);
    }
}
