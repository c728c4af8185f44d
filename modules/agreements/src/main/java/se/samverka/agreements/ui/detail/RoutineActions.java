package se.samverka.agreements.ui.detail;

import se.samverka.platform.api.ui.DateFields;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import se.samverka.agreements.agreement.Agreement;
import se.samverka.agreements.agreement.AgreementDetails;
import se.samverka.agreements.agreement.AgreementRoutines;
import se.samverka.agreements.agreement.PartyTerms;
import se.samverka.agreements.agreement.SignatoryTerms;
import se.samverka.agreements.lifecycle.AgreementStatus;
import se.samverka.platform.api.ui.FieldRefusals;
import se.samverka.platform.api.ui.Notices;

import java.util.ArrayList;
import java.util.List;

/**
 * The routine steps offered beside the lifecycle moves, to those who may change agreements: record
 * signatures (decided or running, when it has signatories), renew as a new draft (running or ended, not yet
 * renewed) and delete a draft nobody has decided on. Each asks or shows its form in a dialog.
 */
final class RoutineActions extends HorizontalLayout {

    RoutineActions(AgreementRoutines routines, AgreementDetails details, boolean renewed, Runnable changed) {
        setId("agreement-routines");
        setPadding(false);
        Agreement a = details.agreement();
        boolean hasSignatories = details.parties().stream().anyMatch(p -> !p.signatories().isEmpty());
        if (a.status().isAmendable() && hasSignatories) {
            Button sign = new Button(getTranslation("agreements.ui.sign"), e -> signatures(routines, details, changed));
            sign.setId("agreement-sign");
            add(sign);
        }
        if ((a.status() == AgreementStatus.ACTIVE || a.status() == AgreementStatus.ENDED) && !renewed) {
            Button renew = new Button(getTranslation("agreements.ui.renew"), e -> confirm("agreement-renew-confirm",
                    "agreements.ui.renew", getTranslation("agreements.ui.renew-confirm", a.title()), false, () -> {
                        AgreementDetails draft = routines.renewAsDraft(a.id());
                        Notices.done(getTranslation("agreements.ui.renewed"));
                        UI.getCurrent().navigate(AgreementDetailView.path(draft.id()));
                    }));
            renew.setId("agreement-renew");
            add(renew);
        }
        if (AgreementRoutines.deletable(a)) {
            Button delete = new Button(getTranslation("agreements.ui.delete-draft"), e -> confirm("agreement-delete-confirm",
                    "agreements.ui.delete-draft", getTranslation("agreements.ui.delete-confirm", a.title()), true, () -> {
                        routines.deleteDraft(a.id(), a.version());
                        Notices.done(getTranslation("agreements.ui.deleted", a.title()));
                        UI.getCurrent().navigate("agreements");
                    }));
            delete.setId("agreement-delete");
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            add(delete);
        }
    }

    private void confirm(String id, String titleKey, String text, boolean destructive, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation(titleKey), text, getTranslation(titleKey), e -> action.run());
        dialog.setId(id);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("agreements.ui.cancel"));
        if (destructive) {
            dialog.setConfirmButtonTheme("error primary");
        }
        dialog.open();
    }

    /** One date per signatory, grouped by party; saved without a new version. */
    private void signatures(AgreementRoutines routines, AgreementDetails details, Runnable changed) {
        Dialog dialog = new Dialog();
        dialog.setId("sign-dialog");
        dialog.setHeaderTitle(getTranslation("agreements.ui.sign"));
        dialog.setWidth("min(36rem, 95vw)");
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        body.add(new com.vaadin.flow.component.html.Paragraph(getTranslation("agreements.ui.sign-help")));
        FieldRefusals refusals = new FieldRefusals();
        List<List<DatePicker>> pickers = new ArrayList<>();
        DatePicker first = null;
        for (int p = 0; p < details.parties().size(); p++) {
            PartyTerms party = details.parties().get(p);
            List<DatePicker> ofParty = new ArrayList<>();
            if (!party.signatories().isEmpty()) {
                body.add(new H3(party.name() == null ? getTranslation("agreements.ui.party", p + 1) : party.name()));
            }
            for (int s = 0; s < party.signatories().size(); s++) {
                SignatoryTerms signatory = party.signatories().get(s);
                DatePicker date = DateFields.date(signatory.role() == null ? signatory.name()
                        : signatory.name() + ", " + signatory.role());
                date.setId("sign-" + p + "-" + s);
                date.setLocale(getLocale());
                date.setClearButtonVisible(true);
                date.setValue(signatory.signedOn());
                refusals.bind(AgreementRoutines.signedOnField(p, s), date);
                body.add(date);
                ofParty.add(date);
                first = first == null ? date : first;
            }
            pickers.add(ofParty);
        }
        dialog.add(body);
        Button save = new Button(getTranslation("agreements.ui.save"), e -> {
            List<List<java.time.LocalDate>> dates = pickers.stream()
                    .map(ofParty -> ofParty.stream().map(DatePicker::getValue).toList()).toList();
            if (refusals.attempt(() -> routines.recordSignatures(details.id(), details.agreement().version(), dates))) {
                dialog.close();
                Notices.done(getTranslation("agreements.ui.signed"));
                changed.run();
            }
        });
        save.setId("sign-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("agreements.ui.cancel"), e -> dialog.close()), save);
        dialog.open();
        if (first != null) {
            first.focus();
        }
    }
}
