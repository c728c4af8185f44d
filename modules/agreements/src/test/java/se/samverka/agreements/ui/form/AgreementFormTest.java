package se.samverka.agreements.ui.form;

import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.dom.DomEvent;
import elemental.json.Json;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import io.micronaut.data.model.Pageable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.samverka.agreements.TestAgreements;
import se.samverka.agreements.TestPortal;
import se.samverka.agreements.agreement.AgreementDetails;
import se.samverka.agreements.agreement.AgreementSearch;
import se.samverka.agreements.agreement.Agreements;
import se.samverka.platform.api.partners.PartnerOrganisation;
import se.samverka.agreements.ui.KaribuAgreements;
import se.samverka.platform.api.security.CurrentUser.PortalUser;
import se.samverka.platform.api.security.Roles;
import se.samverka.platform.api.ui.UnsavedChanges;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.agreements.TestPortal.TENANT_A;

class AgreementFormTest {

    @RegisterExtension
    final KaribuAgreements karibu = new KaribuAgreements();

    @Test
    void anEndBeforeTheStartIsRefusedAtTheEndDateAndNothingIsCreated() {
        String title = "Överenskommelse " + TestAgreements.alias("period");
        startNewAgreement(title);
        // seed 003 literally says "2024-01-01 till 2023-12-31"
        _setValue(_get(DatePicker.class, spec -> spec.withId("agreement-start")), LocalDate.of(2024, 1, 1));
        _setValue(_get(DatePicker.class, spec -> spec.withId("agreement-end")), LocalDate.of(2023, 12, 31));
        _click(_get(Button.class, spec -> spec.withId("agreement-save")));

        DatePicker end = _get(DatePicker.class, spec -> spec.withId("agreement-end"));
        assertThat(end.isInvalid()).isTrue();
        assertThat(end.getErrorMessage()).contains("Slutdatumet 2023-12-31 ligger före startdatumet 2024-01-01");
        assertThat(_get(TextField.class, spec -> spec.withId("agreement-title-field")).getValue()).isEqualTo(title);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo(NewAgreementView.ROUTE);
        assertThat(agreementsTitled(title)).isZero();
    }

    @Test
    void aValidNewAgreementIsSavedAsADraftAndItsDetailViewOpens() {
        String title = "Överenskommelse " + TestAgreements.alias("ny");
        startNewAgreement(title);
        _setValue(_get(DatePicker.class, spec -> spec.withId("agreement-start")), LocalDate.of(2025, 1, 1));
        _setValue(_get(DatePicker.class, spec -> spec.withId("agreement-end")), LocalDate.of(2027, 12, 31));
        assertThat(_get(Span.class, spec -> spec.withId("agreement-renewal-talks-preview")).getText()).contains("2027-06-30");
        // a mistyped organisation number: the service's refusal lands at the field, the rest stays as typed
        TextField number = _get(TextField.class, spec -> spec.withClasses("party-organisation-number"));
        _setValue(number, "212000-1315");
        _click(_get(Button.class, spec -> spec.withId("agreement-save")));
        assertThat(number.isInvalid()).isTrue();
        assertThat(number.getErrorMessage()).contains("kontrollsiffran är fel");
        assertThat(agreementsTitled(title)).isZero();

        _setValue(number, "212000-1314");
        _click(_get(Button.class, spec -> spec.withId("agreement-save")));

        assertThat(agreementsTitled(title)).isEqualTo(1);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).matches("agreements/\\d+");
        assertThat(_get(H1.class, spec -> spec.withId("agreement-title")).getText()).isEqualTo(title);
        assertThat(_get(Span.class, spec -> spec.withId("agreement-status")).getText()).isEqualTo("utkast");
    }

    @Test
    void leavingTheFormWithChangesAsksFirstAndKeepingOnEditingKeepsTheInput() {
        AgreementDetails draft = TestPortal.as(TestPortal.officer(TENANT_A), TENANT_A,
                () -> TestAgreements.draft(TestAgreements.partner(TestAgreements.alias("leave")).id()));
        karibu.show(TestPortal.officer(TENANT_A), TENANT_A, "agreements/" + draft.id() + "/edit");
        TextField title = _get(TextField.class, spec -> spec.withId("agreement-title-field"));
        assertThat(title.isAutofocus()).as("the cursor starts in the first field").isTrue();

        _setValue(title, "Ny rubrik");
        EditAgreementView view = _get(EditAgreementView.class);
        fireChange(view);
        assertThat(view.getElement().hasAttribute(UnsavedChanges.ATTRIBUTE)).as("the browser asks before the tab closes").isTrue();

        _click(_get(Button.class, spec -> spec.withText("Avbryt")));
        ConfirmDialog ask = _get(ConfirmDialog.class, spec -> spec.withId(UnsavedChanges.DIALOG_ID));
        assertThat(ConfirmDialogKt._getHeader(ask)).isEqualTo("Lämna sidan utan att spara?");
        ConfirmDialogKt._fireCancel(ask);
        assertThat(location()).isEqualTo("agreements/" + draft.id() + "/edit");
        assertThat(_get(TextField.class, spec -> spec.withId("agreement-title-field")).getValue()).isEqualTo("Ny rubrik");

        _click(_get(Button.class, spec -> spec.withText("Avbryt")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId(UnsavedChanges.DIALOG_ID)));
        assertThat(location()).isEqualTo("agreements/" + draft.id());
        assertThat(view.getElement().hasAttribute(UnsavedChanges.ATTRIBUTE)).as("the tab closes freely again").isFalse();
        String stored = TestPortal.as(TestPortal.officer(TENANT_A), TENANT_A,
                () -> TestPortal.bean(Agreements.class).find(draft.id()).orElseThrow().title());
        assertThat(stored).isEqualTo(draft.agreement().title());
    }

    @Test
    void aFormWithoutChangesOrJustSavedLeavesWithoutAsking() {
        AgreementDetails draft = TestPortal.as(TestPortal.officer(TENANT_A), TENANT_A,
                () -> TestAgreements.draft(TestAgreements.partner(TestAgreements.alias("calm")).id()));
        karibu.show(TestPortal.officer(TENANT_A), TENANT_A, "agreements/" + draft.id() + "/edit");
        TextField title = _get(TextField.class, spec -> spec.withId("agreement-title-field"));
        String before = title.getValue();
        _setValue(title, "Tillfällig rubrik");
        _setValue(title, before); // typed back: no change
        _click(_get(Button.class, spec -> spec.withText("Avbryt")));
        assertThat(location()).isEqualTo("agreements/" + draft.id());

        karibu.show(TestPortal.officer(TENANT_A), TENANT_A, "agreements/" + draft.id() + "/edit");
        _setValue(_get(TextField.class, spec -> spec.withId("agreement-title-field")), "Sparad rubrik");
        _click(_get(Button.class, spec -> spec.withId("agreement-save")));
        assertThat(location()).isEqualTo("agreements/" + draft.id());
        _assertNone(ConfirmDialog.class);
    }

    @Test
    void aNewAgreementTypedInIsNotLostByANavigationEither() {
        startNewAgreement("Överenskommelse " + TestAgreements.alias("lost"));
        UI.getCurrent().navigate("agreements");
        _get(ConfirmDialog.class, spec -> spec.withId(UnsavedChanges.DIALOG_ID));
        assertThat(location()).isEqualTo(NewAgreementView.ROUTE);
    }

    private static void fireChange(com.vaadin.flow.component.Component form) {
        ElementUtilsKt._fireDomEvent(form.getElement(), new DomEvent(form.getElement(), "change", Json.createObject()));
    }

    private static String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }

    @Test
    void whenTwoEditTheSameAgreementTheSecondSaveIsRefusedAndKeepsItsInput() {
        AgreementDetails draft = TestPortal.as(TestPortal.officer(TENANT_A), TENANT_A,
                () -> TestAgreements.draft(TestAgreements.partner(TestAgreements.alias("s")).id()));
        karibu.show(TestPortal.officer(TENANT_A), TENANT_A, "agreements/" + draft.id() + "/edit");

        // meanwhile, another case officer saves the agreement
        PortalUser colleague = new PortalUser("kollega", "Kollega", Set.of(Roles.CASE_OFFICER), List.of(TENANT_A), Optional.empty());
        TestPortal.as(colleague, TENANT_A, () -> TestPortal.bean(Agreements.class)
                .edit(draft.id(), draft.agreement().version(), draft.terms().withTitle("Kollegans rubrik")));

        _setValue(_get(TextField.class, spec -> spec.withId("agreement-title-field")), "Min rubrik");
        _click(_get(Button.class, spec -> spec.withId("agreement-save")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("stale-message")).getText())
                .contains("har ändrats av kollega").contains("Ingenting har sparats");
        assertThat(_get(TextField.class, spec -> spec.withId("agreement-title-field")).getValue()).isEqualTo("Min rubrik");
        String stored = TestPortal.as(TestPortal.officer(TENANT_A), TENANT_A,
                () -> TestPortal.bean(Agreements.class).find(draft.id()).orElseThrow().title());
        assertThat(stored).isEqualTo("Kollegans rubrik");

        _click(_get(Button.class, spec -> spec.withId("stale-reload")));
        assertThat(_get(TextField.class, spec -> spec.withId("agreement-title-field")).getValue()).isEqualTo("Kollegans rubrik");
    }

    @Test
    void aNegativeRenewalNoticeOrTooManyDueDaysIsSaidAtTheFieldAndNothingIsCreated() {
        String title = "Överenskommelse " + TestAgreements.alias("tal");
        startNewAgreement(title);
        IntegerField renewalNotice = _get(IntegerField.class, spec -> spec.withId("agreement-renewal-notice"));
        IntegerField dueDays = _get(IntegerField.class, spec -> spec.withId("agreement-report-due-days"));
        // the browser's own check of min and max says it in these words, before the server's
        assertThat(renewalNotice.getI18n().getMinErrorMessage()).startsWith("Ange ett tal från 0 till ");
        assertThat(dueDays.getI18n().getMaxErrorMessage()).startsWith("Ange ett tal från 0 till ");
        assertThat(renewalNotice.getI18n().getBadInputErrorMessage()).isEqualTo("Ange ett heltal med siffror, till exempel 12.");
        _setValue(renewalNotice, -3);
        _setValue(dueDays, 99999);
        _click(_get(Button.class, spec -> spec.withId("agreement-save")));

        assertThat(renewalNotice.isInvalid()).isTrue();
        assertThat(renewalNotice.getErrorMessage()).isNotBlank().contains("0");
        // both at once, not in waves
        assertThat(dueDays.isInvalid()).isTrue();
        assertThat(dueDays.getErrorMessage()).isNotBlank();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo(NewAgreementView.ROUTE);
        assertThat(agreementsTitled(title)).isZero();
    }

    /** Opens the new agreement's form with its title, the tenant's party and one organisation filled in. */
    private void startNewAgreement(String title) {
        PartnerOrganisation partner = TestPortal.as(TestPortal.officer(TENANT_A), TENANT_A,
                () -> TestAgreements.partner(TestAgreements.alias("f")));
        karibu.show(TestPortal.officer(TENANT_A), TENANT_A, NewAgreementView.ROUTE);
        fillIn(title, partner);
    }

    @SuppressWarnings("unchecked")
    private static void fillIn(String title, PartnerOrganisation partner) {
        _setValue(_get(TextField.class, spec -> spec.withId("agreement-title-field")), title);
        _setValue(_get(TextField.class, spec -> spec.withClasses("party-name")), "Orust kommun");
        ComboBox<PartnerOrganisation> organisation = _get(ComboBox.class, spec -> spec.withClasses("party-partner"));
        _setValue(organisation, partner);
    }

    private static long agreementsTitled(String title) {
        return TestPortal.as(TestPortal.officer(TENANT_A), TENANT_A, () -> TestPortal.bean(Agreements.class)
                .search(new AgreementSearch(null, null, null, null, title), Pageable.from(0, 10)).getTotalSize());
    }
}
