package se.samverka.agreements.ui.form;

import se.samverka.platform.api.ui.DateFields;
import se.samverka.platform.api.data.Texts;
import se.samverka.platform.api.ui.FieldRefusals;
import se.samverka.platform.api.ui.RouteIds;
import se.samverka.platform.api.ui.StaleRecordPanel;
import se.samverka.platform.api.ui.UnsavedChanges;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import se.samverka.agreements.agreement.AgreementDetails;
import se.samverka.agreements.agreement.AgreementTerms;
import se.samverka.agreements.agreement.Agreements;
import se.samverka.agreements.agreement.Amendment;
import se.samverka.agreements.lifecycle.Decision;
import se.samverka.platform.api.partners.PartnerRegister;
import se.samverka.platform.api.refusal.Refusal;
import se.samverka.platform.api.refusal.StaleRecord;
import se.samverka.agreements.ui.detail.AgreementDetailView;
import se.samverka.platform.api.ui.Notices;
import se.samverka.platform.api.security.Roles;

/**
 * Changes an agreement: a draft or proposal in place, a decided or active one as a new version
 * (with the reason and, when there was one, the decision behind it). A save based on a version
 * someone else has changed since is refused with who and when; the user's input stays, and they
 * may reload the newest version.
 */
@Prototype
@RolesAllowed({Roles.CASE_OFFICER, Roles.TENANT_ADMIN})
public class EditAgreementView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "agreements/:id/edit";

    private final Agreements agreements;
    private final PartnerRegister partners;
    private AgreementDetails agreement;
    private long readVersion;
    private AgreementEditor editor;
    private final StaleRecordPanel staleNotice;
    /** A long form: leaving it with changes, in the portal or by closing the tab, asks first (issue 13, bug 10). */
    private final UnsavedChanges unsaved = UnsavedChanges.guard(this);
    private final TextArea reason = new TextArea();
    private final TextField decisionBody = new TextField();
    private final DatePicker decisionDate = DateFields.localised(new DatePicker());
    private final TextField decisionNumber = new TextField();

    EditAgreementView(Agreements agreements, PartnerRegister partners) {
        this.agreements = agreements;
        this.partners = partners;
        this.staleNotice = new StaleRecordPanel(getTranslation("agreements.ui.form.reload"), () -> {
            agreement = agreements.details(agreement.id()).orElseThrow(NotFoundException::new);
            render();
        });
        setId("agreement-edit-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        agreement = agreements.details(RouteIds.numeric(event, "id")).orElseThrow(NotFoundException::new);
        render();
    }

    private boolean amending() {
        return agreement.agreement().status().isAmendable();
    }

    private void render() {
        removeAll();
        readVersion = agreement.agreement().version();
        add(new H1(getTranslation(amending() ? "agreements.ui.form.amend-title" : "agreements.ui.form.edit-title",
                agreement.agreement().title())));
        staleNotice.setVisible(false);
        add(staleNotice);
        if (!agreement.agreement().status().isEditable() && !amending()) {
            add(new Paragraph(getTranslation("agreements.ui.form.closed", getTranslation(agreement.agreement().status().labelKey()))));
            unsaved.saved();
            return;
        }
        editor = new AgreementEditor(partners);
        editor.read(agreement.terms());
        add(editor);
        if (amending()) {
            add(amendmentFields());
        }
        Button save = new Button(getTranslation(amending() ? "agreements.ui.form.save-version" : "agreements.ui.save"), e -> save());
        save.setId("agreement-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL);
        Button cancel = new Button(getTranslation("agreements.ui.cancel"),
                e -> UI.getCurrent().navigate(AgreementDetailView.path(agreement.id())));
        add(new HorizontalLayout(save, cancel));
        unsaved.saved();
    }

    private VerticalLayout amendmentFields() {
        reason.setLabel(getTranslation("agreements.ui.form.amend-reason"));
        reason.setId("amend-reason");
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        decisionBody.setLabel(getTranslation("agreements.field.decision-body"));
        decisionBody.setId("amend-decision-body");
        decisionDate.setLabel(getTranslation("agreements.ui.decision-date"));
        decisionDate.setId("amend-decision-date");
        decisionNumber.setLabel(getTranslation("agreements.field.decision-registry-number"));
        decisionNumber.setId("amend-decision-registry-number");
        VerticalLayout amendment = new VerticalLayout(new H2(getTranslation("agreements.ui.form.amendment")), reason,
                new Paragraph(getTranslation("agreements.ui.form.amend-decision-help")),
                new FormLayout(decisionBody, decisionDate, decisionNumber));
        amendment.setPadding(false);
        return amendment;
    }

    private void save() {
        var input = editor.write();
        if (input.isEmpty()) {
            return;
        }
        AgreementTerms terms = input.get();
        try {
            AgreementDetails saved;
            if (amending()) {
                if (reason.getValue().isBlank()) {
                    reason.setErrorMessage(getTranslation(Texts.REQUIRED, getTranslation("agreements.field.reason")));
                    reason.setInvalid(true);
                    reason.focus();
                    return;
                }
                boolean decided = !decisionBody.getValue().isBlank() || decisionDate.getValue() != null || !decisionNumber.getValue().isBlank();
                saved = agreements.amend(agreement.id(), readVersion, new Amendment(terms, reason.getValue(),
                        decided ? new Decision(decisionBody.getValue(), decisionDate.getValue(), decisionNumber.getValue()) : null));
            } else {
                saved = agreements.edit(agreement.id(), readVersion, terms);
            }
            unsaved.saved();
            Notices.done(getTranslation(amending() ? "agreements.ui.form.version-saved" : "agreements.ui.saved"));
            UI.getCurrent().navigate(AgreementDetailView.path(saved.id()));
        } catch (StaleRecord stale) {
            showStale(stale);
        } catch (Refusal refused) {
            if (!new FieldRefusals().bind("reason", reason).show(refused)) {
                editor.show(refused);
            }
        }
    }

    /** Someone saved in between: say who and when, keep the input, offer the newest version. */
    private void showStale(StaleRecord stale) {
        staleNotice.show(stale);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("agreements.ui.form.edit-title", agreement == null ? "" : agreement.agreement().title()) + " – Samverka";
    }
}
