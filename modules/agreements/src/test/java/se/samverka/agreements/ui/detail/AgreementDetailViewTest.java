package se.samverka.agreements.ui.detail;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.samverka.agreements.TestAgreements;
import se.samverka.agreements.TestPortal;
import se.samverka.agreements.agreement.AgreementDetails;
import se.samverka.agreements.agreement.AgreementPeriod;
import se.samverka.platform.api.ui.Callout;
import se.samverka.agreements.agreement.Agreements;
import se.samverka.agreements.lifecycle.AgreementStatus;
import se.samverka.platform.api.partners.PartnerOrganisation;
import se.samverka.agreements.ui.KaribuAgreements;
import se.samverka.platform.core.testing.KaribuPortal;
import se.samverka.platform.core.ui.error.NotFoundView;

import java.time.LocalDate;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.agreements.TestPortal.TENANT_A;
import static se.samverka.agreements.TestPortal.TENANT_B;

class AgreementDetailViewTest {

    @RegisterExtension
    final KaribuAgreements karibu = new KaribuAgreements();

    @Test
    void anotherTenantsAgreementOrAnIdThatIsNoNumberIsAPageThatDoesNotExist() {
        AgreementDetails inB = TestPortal.as(TestPortal.officer(TENANT_B), TENANT_B,
                () -> TestAgreements.draft(TestAgreements.partner(TestAgreements.alias("b")).id()));

        karibu.show(TestPortal.officer(TENANT_A), TENANT_A, AgreementDetailView.path(inB.id()));
        _get(NotFoundView.class);
        assertThat(_find(AgreementDetailView.class)).isEmpty();

        karibu.show(TestPortal.officer(TENANT_A), TENANT_A, "agreements/" + inB.id() + "/edit");
        _get(NotFoundView.class);

        karibu.show(TestPortal.officer(TENANT_A), TENANT_A, "agreements/abc");
        _get(NotFoundView.class);
    }

    @Test
    void aPartnerSeesTheirOrganisationsAgreementAndNotAnothersOne() {
        String x = TestAgreements.alias("x");
        String y = TestAgreements.alias("y");
        AgreementDetails withY = TestPortal.as(TestPortal.officer(TENANT_A), TENANT_A, () -> {
            TestAgreements.partner(x);
            return TestAgreements.proposed(TestAgreements.partner(y).id());
        });

        karibu.show(TestPortal.partner(x, TENANT_A), TENANT_A, AgreementDetailView.path(withY.id()));
        _get(NotFoundView.class);

        karibu.show(TestPortal.partner(y, TENANT_A), TENANT_A, AgreementDetailView.path(withY.id()));
        assertThat(_get(Span.class, spec -> spec.withId("agreement-status")).getText()).isEqualTo("förslag till beslut");
        // a partner changes nothing: no edit, no transitions
        assertThat(_find(Button.class, spec -> spec.withId("agreement-edit"))).isEmpty();
        assertThat(_get(LifecycleActions.class).getComponentCount()).isZero();
    }

    @Test
    void theTransitionsOfferedFollowTheRoleAndADecisionAsksForItsParts() {
        AgreementDetails proposed = TestPortal.as(TestPortal.officer(TENANT_A), TENANT_A, () -> {
            PartnerOrganisation partner = TestAgreements.partner(TestAgreements.alias("p"));
            AgreementDetails draft = TestAgreements.draft(partner.id());
            return TestPortal.bean(Agreements.class).transition(draft.id(), draft.agreement().version(),
                    AgreementStatus.PROPOSED, null, null);
        });

        karibu.show(TestPortal.reader(TENANT_A), TENANT_A, AgreementDetailView.path(proposed.id()));
        assertThat(_get(LifecycleActions.class).getComponentCount()).isZero();
        assertThat(_find(Button.class, spec -> spec.withId("agreement-edit"))).isEmpty();

        karibu.show(TestPortal.officer(TENANT_A), TENANT_A, AgreementDetailView.path(proposed.id()));
        assertThat(transitionIds()).containsExactly("transition-DRAFT", "transition-DECIDED");
        _get(Button.class, spec -> spec.withId("agreement-edit"));

        _click(_get(Button.class, spec -> spec.withId("transition-DECIDED")));
        _setValue(_get(TextField.class, spec -> spec.withId("decision-body")), "Kommunstyrelsen");
        _setValue(_get(DatePicker.class, spec -> spec.withId("decision-date")), LocalDate.of(2023, 12, 14));
        _click(_get(Button.class, spec -> spec.withId("transition-confirm")));

        assertThat(_get(Span.class, spec -> spec.withId("agreement-status")).getText()).isEqualTo("beslutad");
        assertThat(transitionIds()).containsExactly("transition-ACTIVE", "transition-TERMINATED");
        _get(Button.class, spec -> spec.withId("agreement-amend"));
    }

    @Test
    void aTransitionSomeoneElseOvertookIsRefusedAsTheUserSeesItAndTheDialogKeepsTheInput() {
        AgreementDetails proposed = deciding("s");
        _setValue(_get(DatePicker.class, spec -> spec.withId("decision-date")), LocalDate.of(2023, 12, 14));
        TestPortal.as(TestPortal.admin(TENANT_A), TENANT_A, () -> TestPortal.bean(Agreements.class)
                .transition(proposed.id(), proposed.agreement().version(), AgreementStatus.DRAFT, null, null));

        KaribuPortal.click(_get(Button.class, spec -> spec.withId("transition-confirm")));

        // said in the dialog, not in a notification the dialog would cover
        assertThat(NotificationsKt.getNotifications()).isEmpty();
        Dialog dialog = _get(Dialog.class, spec -> spec.withId("transition-dialog"));
        assertThat(_get(dialog, Callout.class).getText()).contains("har ändrats av").contains("Ingenting har sparats");
        assertThat(_get(TextField.class, spec -> spec.withId("decision-body")).getValue()).isEqualTo("Kommunstyrelsen");
    }

    @Test
    void aDecisionTheServiceRefusesIsSaidAtItsFieldInTheDialogThatStaysOpen() {
        AgreementDetails proposed = deciding("f");
        DatePicker date = _get(DatePicker.class, spec -> spec.withId("decision-date"));
        _setValue(date, LocalDate.now().plusDays(10));

        KaribuPortal.click(_get(Button.class, spec -> spec.withId("transition-confirm")));

        assertThat(NotificationsKt.getNotifications()).isEmpty();
        assertThat(date.isInvalid()).isTrue();
        assertThat(date.getErrorMessage()).contains("ligger i framtiden");
        _get(Dialog.class, spec -> spec.withId("transition-dialog"));

        _setValue(_get(TextField.class, spec -> spec.withId("decision-body")), "");
        _setValue(date, LocalDate.now().minusDays(1));
        KaribuPortal.click(_get(Button.class, spec -> spec.withId("transition-confirm")));
        TextField body = _get(TextField.class, spec -> spec.withId("decision-body"));
        assertThat(body.isInvalid()).isTrue();
        assertThat(body.getErrorMessage()).contains("beslutande organ");
        assertThat(date.isInvalid()).isFalse();
        assertThat(TestPortal.as(TestPortal.officer(TENANT_A), TENANT_A, () -> TestPortal.bean(Agreements.class)
                .details(proposed.id()).orElseThrow().agreement().status())).isEqualTo(AgreementStatus.PROPOSED);
    }

    @Test
    void movesTheAgreementIsNotReadyForAreDisabledWithTheReasonBesideThem() {
        Agreements agreements = TestPortal.bean(Agreements.class);
        PartnerOrganisation partner = TestPortal.as(TestPortal.officer(TENANT_A), TENANT_A,
                () -> TestAgreements.partner(TestAgreements.alias("n")));
        AgreementDetails unnumbered = TestPortal.as(TestPortal.officer(TENANT_A), TENANT_A,
                () -> agreements.createDraft(TestAgreements.terms(partner.id()).withRegistryNumber(null)));

        karibu.show(TestPortal.officer(TENANT_A), TENANT_A, AgreementDetailView.path(unnumbered.id()));
        assertDisabledBecause("transition-PROPOSED", "Ange diarienummer innan");

        // running, its period not over: it can be terminated, not ended
        AgreementDetails running = TestPortal.as(TestPortal.officer(TENANT_A), TENANT_A, () -> {
            AgreementDetails a = agreements.createDraft(TestAgreements.terms(partner.id())
                    .withPeriod(AgreementPeriod.of(TestAgreements.START, LocalDate.now().plusYears(1))));
            a = agreements.transition(a.id(), a.agreement().version(), AgreementStatus.PROPOSED, null, null);
            a = agreements.transition(a.id(), a.agreement().version(), AgreementStatus.DECIDED, TestAgreements.decision(), null);
            return agreements.transition(a.id(), a.agreement().version(), AgreementStatus.ACTIVE, null, null);
        });
        karibu.show(TestPortal.officer(TENANT_A), TENANT_A, AgreementDetailView.path(running.id()));
        assertDisabledBecause("transition-ENDED", "kan avslutas först när perioden har gått ut");
        assertThat(_get(Button.class, spec -> spec.withId("transition-TERMINATED")).isEnabled()).isTrue();
        assertThat(_find(Span.class, spec -> spec.withId("transition-TERMINATED-why"))).isEmpty();
    }

    /** A proposal in its detail view, the decision's dialog open with the body given. */
    private AgreementDetails deciding(String alias) {
        AgreementDetails proposed = TestPortal.as(TestPortal.officer(TENANT_A), TENANT_A, () -> {
            AgreementDetails draft = TestAgreements.draft(TestAgreements.partner(TestAgreements.alias(alias)).id());
            return TestPortal.bean(Agreements.class).transition(draft.id(), draft.agreement().version(),
                    AgreementStatus.PROPOSED, null, null);
        });
        karibu.show(TestPortal.officer(TENANT_A), TENANT_A, AgreementDetailView.path(proposed.id()));
        _click(_get(Button.class, spec -> spec.withId("transition-DECIDED")));
        _setValue(_get(TextField.class, spec -> spec.withId("decision-body")), "Kommunstyrelsen");
        return proposed;
    }

    private static void assertDisabledBecause(String buttonId, String reason) {
        Button button = _get(Button.class, spec -> spec.withId(buttonId));
        assertThat(button.isEnabled()).isFalse();
        Span why = _get(Span.class, spec -> spec.withId(buttonId + "-why"));
        assertThat(why.getText()).contains(reason);
        assertThat(why.isVisible()).isTrue();
        assertThat(button.getElement().getAttribute("aria-describedby")).isEqualTo(why.getId().orElseThrow());
    }

    @Test
    void theTabInTheAddressIsTheOneShown() {
        AgreementDetails draft = TestPortal.as(TestPortal.officer(TENANT_A), TENANT_A,
                () -> TestAgreements.draft(TestAgreements.partner(TestAgreements.alias("t")).id()));

        DetailTabs.open(karibu, TestPortal.officer(TENANT_A), TENANT_A, draft.id(), "parties");

        TabSheet tabs = _get(TabSheet.class, spec -> spec.withId("agreement-tabs"));
        assertThat(tabs.getSelectedTab().getId()).contains("tab-parties");
        assertThat(_find(H2.class).stream().map(h -> h.getText()))
                .anyMatch(text -> text.startsWith("Förening t-"));
    }

    private static List<String> transitionIds() {
        return _find(_get(LifecycleActions.class), Button.class).stream().map(c -> c.getId().orElse("")).toList();
    }
}
