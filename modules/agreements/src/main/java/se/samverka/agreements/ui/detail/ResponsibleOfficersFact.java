package se.samverka.agreements.ui.detail;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import se.samverka.agreements.agreement.ResponsibleOfficers;
import se.samverka.platform.api.people.Person;
import se.samverka.platform.api.refusal.Refusal;
import se.samverka.platform.api.ui.FieldRefusals;
import se.samverka.platform.api.ui.Notices;
import se.samverka.platform.api.ui.RecordHistory;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The header's "Ansvariga handläggare: Anna Berg, Omar Said", and for those who may change it a button
 * that opens a dialog choosing them among the tenant's case officers by name.
 */
final class ResponsibleOfficersFact extends HorizontalLayout {

    ResponsibleOfficersFact(ResponsibleOfficers officers, long agreementId, boolean changer, Runnable changed) {
        setId("agreement-responsible");
        setSpacing(true);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        List<String> current = officers.of(agreementId);
        Span names = new Span(getTranslation("agreements.ui.responsible") + ": " + (current.isEmpty()
                ? getTranslation("agreements.ui.responsible-none")
                : current.stream().map(u -> getTranslation(RecordHistory.ACTOR, Refusal.person(u))).sorted()
                .collect(Collectors.joining(", "))));
        names.setId("agreement-responsible-names");
        add(names);
        if (changer) {
            Button edit = new Button(getTranslation("agreements.ui.responsible-edit"), e -> open(officers, agreementId, current, changed));
            edit.setId("agreement-responsible-edit");
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            add(edit);
        }
    }

    private void open(ResponsibleOfficers officers, long agreementId, List<String> seen, Runnable changed) {
        Dialog dialog = new Dialog();
        dialog.setId("responsible-dialog");
        dialog.setHeaderTitle(getTranslation("agreements.ui.responsible-edit"));
        List<Person> candidates = officers.candidates();
        Map<String, Person> byUsername = candidates.stream().collect(Collectors.toMap(Person::username, Function.identity(),
                (a, b) -> a));
        MultiSelectComboBox<Person> field = new MultiSelectComboBox<>(getTranslation("agreements.ui.responsible"));
        field.setId("responsible-field");
        field.setItems(candidates);
        field.setItemLabelGenerator(Person::displayName);
        field.setHelperText(getTranslation("agreements.ui.responsible-help"));
        field.setWidthFull();
        field.select(seen.stream().map(byUsername::get).filter(java.util.Objects::nonNull).toList());
        dialog.add(field);
        FieldRefusals refusals = new FieldRefusals().bind("responsible", field);
        Button save = new Button(getTranslation("agreements.ui.save"), e -> {
            if (refusals.attempt(() -> officers.assign(agreementId, seen,
                    field.getSelectedItems().stream().map(Person::username).toList()))) {
                dialog.close();
                Notices.done(getTranslation("agreements.ui.responsible-saved"));
                changed.run();
            }
        });
        save.setId("responsible-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("agreements.ui.cancel"), e -> dialog.close());
        dialog.getFooter().add(cancel, save);
        dialog.open();
        field.focus();
    }
}
