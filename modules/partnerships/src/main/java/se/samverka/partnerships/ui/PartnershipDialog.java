package se.samverka.partnerships.ui;

import se.samverka.platform.api.ui.DateFields;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.micronaut.data.model.Pageable;
import se.samverka.partnerships.country.EligibleCountries;
import se.samverka.partnerships.country.EligibleCountry;
import se.samverka.partnerships.partnership.Contact;
import se.samverka.partnerships.partnership.CoreArea;
import se.samverka.partnerships.partnership.Partnership;
import se.samverka.partnerships.partnership.PartnershipDetails;
import se.samverka.partnerships.partnership.PartnershipStatus;
import se.samverka.partnerships.partnership.Partnerships;
import se.samverka.platform.api.partners.PartnerKind;
import se.samverka.platform.api.partners.PartnerOrganisation;
import se.samverka.platform.api.partners.PartnerRegister;
import se.samverka.platform.api.ui.FieldRefusals;
import se.samverka.platform.api.ui.Notices;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Creates or changes a partnership; a refusal shows at its field and nothing is lost. */
class PartnershipDialog extends Dialog {

    PartnershipDialog(Partnerships partnerships, PartnerRegister partners, EligibleCountries countries, Partnership existing) {
        setHeaderTitle(getTranslation(existing == null ? "partnerships.ui.partnership.new" : "partnerships.ui.partnership.edit"));
        TextField title = new TextField(getTranslation("partnerships.field.title"));
        title.setId("partnership-title-field");
        title.setRequiredIndicatorVisible(true);
        Select<String> country = new Select<>();
        country.setId("partnership-country-field");
        country.setLabel(getTranslation("partnerships.field.country"));
        country.setItems(countries.all().stream().map(EligibleCountry::code).distinct().toList());
        country.setItemLabelGenerator(c -> c == null ? "" : Countries.name(this, c));
        TextField thematic = new TextField(getTranslation("partnerships.field.thematic-area"));
        thematic.setId("partnership-thematic-area");
        CheckboxGroup<CoreArea> coreAreas = new CheckboxGroup<>(getTranslation("partnerships.field.core-areas"));
        coreAreas.setId("partnership-core-areas");
        coreAreas.setItems(CoreArea.values());
        coreAreas.setItemLabelGenerator(a -> getTranslation(a.labelKey()));
        Select<PartnershipStatus> status = new Select<>();
        status.setId("partnership-status");
        status.setLabel(getTranslation("partnerships.field.status"));
        status.setItems(PartnershipStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        status.setValue(PartnershipStatus.EXPLORING);
        DatePicker startsOn = DateFields.date(getTranslation("partnerships.field.starts-on"));
        startsOn.setId("partnership-starts-on");
        DatePicker endsOn = DateFields.date(getTranslation("partnerships.field.ends-on"));
        endsOn.setId("partnership-ends-on");
        TextField references = new TextField(getTranslation("partnerships.field.icld-references"));
        references.setId("partnership-icld-references");
        MultiSelectComboBox<PartnerOrganisation> foreign = new MultiSelectComboBox<>(getTranslation("partnerships.field.foreign-parties"));
        foreign.setId("partnership-foreign-parties");
        foreign.setItems(partners.search(null, Pageable.from(0, 500)).getContent().stream()
                .filter(p -> p.kind() == PartnerKind.FOREIGN_LOCAL_GOVERNMENT).toList());
        foreign.setItemLabelGenerator(p -> p.country() == null ? p.name() : p.name() + " (" + p.country() + ")");
        foreign.setHelperText(getTranslation("partnerships.ui.partnership.foreign-help"));
        TextArea swedish = new TextArea(getTranslation("partnerships.field.swedish-parties"));
        swedish.setId("partnership-swedish-parties");
        swedish.setHelperText(getTranslation("partnerships.ui.partnership.swedish-help"));
        PersonRows contacts = new PersonRows(getTranslation("partnerships.field.contacts"), PersonRows.Shape.NAME_AND_ORGANISATION,
                "partnership-contacts");
        TextArea description = new TextArea(getTranslation("partnerships.field.description"));
        description.setId("partnership-description");
        FieldRefusals refusals = new FieldRefusals().bind("title", title).bind("countryCode", country).bind("thematicArea", thematic)
                .bind("coreAreas", coreAreas).bind("status", status).bind("startsOn", startsOn).bind("endsOn", endsOn)
                .bind("icldReferences", references).bind("foreignPartnerIds", foreign).bind("swedishParties", swedish)
                .bind("contacts", contacts).bind("description", description);
        if (existing != null) {
            PartnershipDetails d = existing.details();
            title.setValue(d.title());
            country.setValue(d.countryCode());
            thematic.setValue(d.thematicArea() == null ? "" : d.thematicArea());
            coreAreas.setValue(d.coreAreas());
            status.setValue(d.status());
            startsOn.setValue(d.startsOn());
            endsOn.setValue(d.endsOn());
            references.setValue(d.icldReferences() == null ? "" : d.icldReferences());
            foreign.setValue(new LinkedHashSet<>(partners.findAll(d.foreignPartnerIds())));
            swedish.setValue(String.join("\n", d.swedishParties()));
            contacts.setValue(d.contacts().stream()
                    .map(c -> new PersonRows.Row(c.side(), c.role(), c.name(), c.organisation(), null)).toList());
            description.setValue(d.description() == null ? "" : d.description());
        }
        FormLayout form = new FormLayout(title, country, thematic, status, startsOn, endsOn, references, foreign, coreAreas, swedish,
                contacts, description);
        form.setColspan(title, 2);
        form.setColspan(coreAreas, 2);
        form.setColspan(contacts, 2);
        form.setColspan(description, 2);
        add(form);
        Button save = new Button(getTranslation("partnerships.ui.save"), e -> {
            Set<CoreArea> areas = coreAreas.getValue().isEmpty() ? EnumSet.noneOf(CoreArea.class) : EnumSet.copyOf(coreAreas.getValue());
            PartnershipDetails details = new PartnershipDetails(title.getValue(), country.getValue(), thematic.getValue(), areas,
                    status.getValue(), startsOn.getValue(), endsOn.getValue(), references.getValue(),
                    foreign.getValue().stream().map(PartnerOrganisation::id).toList(), lines(swedish.getValue()),
                    contacts.getValue().stream().map(r -> new Contact(r.side(), r.role(), r.text(), r.second())).toList(),
                    description.getValue());
            Partnership[] saved = new Partnership[1];
            if (refusals.attempt(() -> saved[0] = existing == null ? partnerships.create(details)
                    : partnerships.update(existing.id(), existing.version(), details))) {
                close();
                Notices.done(getTranslation("partnerships.ui.saved"));
                UI.getCurrent().navigate(PartnershipView.path(saved[0].id()));
            }
        });
        save.setId("partnership-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("partnerships.ui.cancel"), e -> close()), save);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                title.focus();
            }
        });
        setWidth("min(60rem, 100vw)");
    }

    static List<String> lines(String text) {
        return Arrays.stream(text.split("\n")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
