package se.samverka.platform.core.partners;

import se.samverka.platform.api.data.Texts;
import se.samverka.platform.api.ui.FieldRefusals;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import io.micronaut.core.annotation.Nullable;
import se.samverka.platform.api.validation.OrganisationNumber;
import se.samverka.platform.api.partners.PartnerDetails;
import se.samverka.platform.api.partners.PartnerKind;
import se.samverka.platform.api.partners.PartnerOrganisation;
import se.samverka.platform.api.partners.PartnerRegister;
import se.samverka.platform.api.refusal.Refusal;
import se.samverka.platform.api.refusal.StaleRecord;

import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Creates or edits a partner organisation. Each field says what is wrong with it as the user types
 * (the module's own rules, in the user's language); what only the register can know (a number
 * already recorded, someone else's newer save) is refused on save, shown at its field or as a
 * notification, and the dialog stays open with everything the user entered.
 */
class PartnerDialog extends Dialog {

    private final PartnerRegister partners;
    @Nullable
    private final PartnerOrganisation existing;
    private final Consumer<PartnerOrganisation> saved;

    private final TextField name = new TextField();
    private final Select<PartnerKind> kind = new Select<>();
    private final TextField organisationNumber = new TextField();
    private final TextField country = new TextField();
    private final TextField directoryAlias = new TextField();
    private final TextField contactPerson = new TextField();
    /** A text field, not an EmailField: its browser check would answer before the module's rule, without words. */
    private final TextField email = new TextField();
    private final TextField phone = new TextField();
    private final TextArea address = new TextArea();
    private final Binder<PartnerDetails> binder = new Binder<>(PartnerDetails.class);
    /** The fields refusals of the service concern, by the name they give them. */
    private final FieldRefusals refusals = new FieldRefusals();

    PartnerDialog(PartnerRegister partners, @Nullable PartnerOrganisation existing, Consumer<PartnerOrganisation> saved) {
        this.partners = partners;
        this.existing = existing;
        this.saved = saved;
        setId("partner-dialog");
        setHeaderTitle(getTranslation(existing == null ? "partners.new" : "partners.edit"));
        refusals.bind("name", name).bind("kind", kind).bind("organisationNumber", organisationNumber)
                .bind("country", country).bind("directoryAlias", directoryAlias).bind("contactPerson", contactPerson)
                .bind("email", email).bind("phone", phone).bind("address", address);

        label(name, "partner-name", "partners.field.name");
        label(organisationNumber, "partner-organisation-number", "partners.field.organisation-number");
        organisationNumber.setHelperText(getTranslation("partners.number-help"));
        label(country, "partner-country", "partners.field.country");
        label(directoryAlias, "partner-directory-alias", "partners.field.directory-alias");
        directoryAlias.setHelperText(getTranslation("partners.alias-help"));
        label(contactPerson, "partner-contact-person", "partners.field.contact-person");
        label(email, "partner-email", "partners.field.email");
        email.getElement().setAttribute("inputmode", "email");
        email.getElement().setAttribute("autocomplete", "email");
        label(phone, "partner-phone", "partners.field.phone");
        label(address, "partner-address", "partners.field.address");
        kind.setId("partner-kind");
        kind.setLabel(getTranslation("partners.field.kind"));
        kind.setItems(PartnerKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation("partner-kind." + k.name()));

        binder.forField(name).asRequired(required("partners.field.name")).bind("name");
        binder.forField(kind).asRequired(required("partners.field.kind")).bind("kind");
        Binder.Binding<PartnerDetails, String> number = binder.forField(organisationNumber).withNullRepresentation("")
                .withValidator(rule(value -> {
                    if (kind.getValue() != null && !kind.getValue().isSwedish()) {
                        throw new Refusal("partners.foreign-has-no-number").at("organisationNumber");
                    }
                    OrganisationNumber.canonical(value);
                })).bind("organisationNumber");
        kind.addValueChangeListener(e -> {
            if (!organisationNumber.isEmpty()) {
                number.validate();
            }
        });
        binder.forField(country).withNullRepresentation("").bind("country");
        binder.forField(directoryAlias).withNullRepresentation("")
                .withValidator(rule(value -> probe(d -> withAlias(d, value)))).bind("directoryAlias");
        binder.forField(contactPerson).withNullRepresentation("").bind("contactPerson");
        binder.forField(email).withNullRepresentation("")
                .withValidator(rule(value -> probe(d -> withEmail(d, value)))).bind("email");
        binder.forField(phone).withNullRepresentation("").bind("phone");
        binder.forField(address).withNullRepresentation("").bind("address");
        binder.readRecord(existing == null
                ? new PartnerDetails(null, null, PartnerKind.NON_PROFIT_ASSOCIATION, null, null, null, null, null, null)
                : existing.details());

        FormLayout form = new FormLayout(name, kind, organisationNumber, country, directoryAlias, contactPerson, email, phone, address);
        form.setColspan(address, 2);
        add(form);

        Button save = new Button(getTranslation("partners.save"), e -> save());
        save.setId("partner-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("partners.cancel"), e -> close());
        cancel.setId("partner-cancel");
        getFooter().add(cancel, save);
    }

    private void save() {
        PartnerDetails details;
        try {
            details = binder.writeRecord();
        } catch (ValidationException invalid) {
            // each invalid field shows its message; nothing is sent
            return;
        }
        try {
            PartnerOrganisation result = existing == null ? partners.create(details)
                    : partners.update(existing.id(), existing.version(), details);
            close();
            saved.accept(result);
        } catch (StaleRecord stale) {
            notifyError(FieldRefusals.message(this, stale));
        } catch (Refusal refused) {
            if (!refusals.show(refused)) {
                notifyError(FieldRefusals.message(this, refused));
            }
        }
    }

    private void notifyError(String message) {
        Notification notification = Notification.show(message, 10_000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private String required(String fieldKey) {
        return getTranslation(Texts.REQUIRED, getTranslation(fieldKey));
    }

    private void label(com.vaadin.flow.component.HasLabel field, String id, String labelKey) {
        field.setLabel(getTranslation(labelKey));
        ((com.vaadin.flow.component.Component) field).setId(id);
    }

    /** A field validator from the module's rule: a blank value is fine, a refusal is the field's message. */
    private Validator<String> rule(Consumer<String> check) {
        return (value, context) -> {
            if (value == null || value.isBlank()) {
                return ValidationResult.ok();
            }
            try {
                check.accept(value);
                return ValidationResult.ok();
            } catch (Refusal refused) {
                return ValidationResult.error(FieldRefusals.message(this, refused));
            }
        };
    }

    /** Runs the register's rules on otherwise valid details with one field changed. */
    private static void probe(UnaryOperator<PartnerDetails> change) {
        change.apply(new PartnerDetails("-", null, PartnerKind.NON_PROFIT_ASSOCIATION, null, null, null, null, null, null))
                .validated();
    }

    private static PartnerDetails withAlias(PartnerDetails d, String alias) {
        return new PartnerDetails(d.name(), d.organisationNumber(), d.kind(), d.country(), alias, d.contactPerson(),
                d.email(), d.phone(), d.address());
    }

    private static PartnerDetails withEmail(PartnerDetails d, String email) {
        return new PartnerDetails(d.name(), d.organisationNumber(), d.kind(), d.country(), d.directoryAlias(),
                d.contactPerson(), email, d.phone(), d.address());
    }
}
