package se.samverka.groups.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import se.samverka.groups.programme.Programme;
import se.samverka.groups.programme.ProgrammeDetails;
import se.samverka.groups.programme.ProgrammeKind;
import se.samverka.groups.programme.Programmes;
import se.samverka.groups.programme.TargetSituation;
import se.samverka.platform.api.links.RecordDirectory;
import se.samverka.platform.api.links.RecordReference;
import se.samverka.platform.api.partners.PartnerRegister;
import se.samverka.platform.api.ui.FieldRefusals;
import se.samverka.platform.api.ui.Notices;
import se.samverka.platform.api.ui.PartnerPicker;
import se.samverka.platform.api.ui.RecordPicker;

/**
 * Creates or changes a programme: its provider from the partner register (none: the tenant runs it), its
 * kind and situations, ages, method material, and the agreement it is run under (a record link). A refusal
 * is shown at its field and the dialog keeps the input.
 */
class ProgrammeDialog extends Dialog {

    private final TextField name = new TextField();
    private final PartnerPicker provider;
    private final Select<ProgrammeKind> kind = new Select<>();
    private final CheckboxGroup<TargetSituation> situations = new CheckboxGroup<>();
    private final IntegerField ageFrom = new IntegerField();
    private final IntegerField ageTo = new IntegerField();
    private final TextField method = new TextField();
    private final RecordPicker agreement;
    private final TextArea description = new TextArea();
    private final FieldRefusals refusals = new FieldRefusals();

    ProgrammeDialog(Programmes programmes, PartnerRegister partners, RecordDirectory records, Programme existing) {
        setHeaderTitle(getTranslation(existing == null ? "groups.ui.programme.new" : "groups.ui.programme.edit"));
        provider = new PartnerPicker(partners);
        agreement = new RecordPicker(records, ProgrammeDetails.AGREEMENT_MODULE, ProgrammeDetails.AGREEMENT_TYPE);
        name.setId("programme-name");
        name.setLabel(getTranslation("groups.field.name"));
        name.setRequiredIndicatorVisible(true);
        provider.setId("programme-provider");
        provider.setLabel(getTranslation("groups.ui.provider"));
        provider.setHelperText(getTranslation("groups.ui.provider.help"));
        kind.setId("programme-kind");
        kind.setLabel(getTranslation("groups.ui.kind"));
        kind.setItems(ProgrammeKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.setValue(ProgrammeKind.SUPPORT_GROUP);
        situations.setId("programme-situations");
        situations.setLabel(getTranslation("groups.ui.situations"));
        situations.setItems(TargetSituation.values());
        situations.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        ageFrom.setId("programme-age-from");
        ageFrom.setLabel(getTranslation("groups.ui.age-from"));
        ageTo.setId("programme-age-to");
        ageTo.setLabel(getTranslation("groups.ui.age-to"));
        method.setId("programme-method");
        method.setLabel(getTranslation("groups.field.method-material"));
        agreement.setId("programme-agreement");
        agreement.setLabel(getTranslation("groups.field.agreement"));
        description.setId("programme-description");
        description.setLabel(getTranslation("groups.field.description"));
        refusals.bind("name", name).bind("providerPartnerId", provider).bind("kind", kind).bind("targetSituations", situations)
                .bind("ageFrom", ageFrom).bind("ageTo", ageTo).bind("methodMaterial", method).bind("agreement", agreement)
                .bind("description", description);
        if (existing != null) {
            name.setValue(existing.name());
            provider.show(existing.providerPartnerId());
            kind.setValue(existing.kind());
            situations.setValue(existing.targetSituations());
            ageFrom.setValue(existing.ageFrom());
            ageTo.setValue(existing.ageTo());
            method.setValue(existing.methodMaterial() == null ? "" : existing.methodMaterial());
            existing.agreement().ifPresent(agreement::show);
            description.setValue(existing.description() == null ? "" : existing.description());
        }
        FormLayout form = new FormLayout(name, provider, kind, situations, ageFrom, ageTo, method, agreement, description);
        form.setColspan(situations, 2);
        form.setColspan(description, 2);
        add(form);

        Button save = new Button(getTranslation("groups.ui.save"), e -> {
            ProgrammeDetails details = new ProgrammeDetails(name.getValue(), provider.partnerId().orElse(null),
                    kind.getValue(), situations.getValue(), ageFrom.getValue(), ageTo.getValue(), method.getValue(),
                    description.getValue(), agreement.reference().map(RecordReference::toString).orElse(null));
            Programme[] saved = new Programme[1];
            if (refusals.attempt(() -> saved[0] = existing == null ? programmes.create(details)
                    : programmes.update(existing.id(), existing.version(), details))) {
                close();
                Notices.done(getTranslation("groups.ui.saved"));
                UI.getCurrent().navigate(ProgrammeView.path(saved[0].id()));
            }
        });
        save.setId("programme-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("groups.ui.cancel"), e -> close()), save);
        setWidth("min(56rem, 100vw)");
    }
}
