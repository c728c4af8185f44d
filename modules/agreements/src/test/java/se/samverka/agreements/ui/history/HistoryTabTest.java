package se.samverka.agreements.ui.history;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.samverka.agreements.TestAgreements;
import se.samverka.agreements.TestPortal;
import se.samverka.agreements.agreement.AgreementDetails;
import se.samverka.agreements.history.Difference;
import se.samverka.agreements.ui.KaribuAgreements;
import se.samverka.agreements.ui.detail.AgreementDetailView;
import se.samverka.agreements.ui.detail.DetailTabs;

import com.github.mvysny.kaributesting.v10.GridKt;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.agreements.TestPortal.TENANT_A;

class HistoryTabTest {

    @RegisterExtension
    final KaribuAgreements karibu = new KaribuAgreements();

    @Test
    void anAmendmentMakesVersionTwoAndTheHistoryShowsWhatChanged() {
        AgreementDetails active = TestPortal.as(TestPortal.officer(TENANT_A), TENANT_A,
                () -> TestAgreements.active(TestAgreements.partner(TestAgreements.alias("h")).id()));
        karibu.show(TestPortal.officer(TENANT_A), TENANT_A, AgreementDetailView.path(active.id()));

        _click(_get(Button.class, spec -> spec.withId("agreement-amend")));
        _setValue(_get(TextField.class, spec -> spec.withId("agreement-title-field")), "Ändrad rubrik");
        _click(_get(Button.class, spec -> spec.withId("agreement-save")));
        TextArea reason = _get(TextArea.class, spec -> spec.withId("amend-reason"));
        assertThat(reason.isInvalid()).isTrue(); // a new version says why
        _setValue(reason, "Ny rubrik efter styrgruppens möte.");
        _click(_get(Button.class, spec -> spec.withId("agreement-save")));

        assertThat(_get(Span.class, spec -> spec.withId("agreement-version-number")).getText()).endsWith("2");
        DetailTabs.open(karibu, TestPortal.officer(TENANT_A), TENANT_A, active.id(), "history");
        @SuppressWarnings("unchecked")
        Grid<Difference> differences = _get(Grid.class, spec -> spec.withId("differences-grid"));
        assertThat(_findAll(differences)).contains(new Difference("title", active.agreement().title(), "Ändrad rubrik"));
        // people read the field's label, not its path (issue 13, bug 1)
        int row = _findAll(differences).indexOf(new Difference("title", active.agreement().title(), "Ändrad rubrik"));
        assertThat(GridKt._getFormattedRow(differences, row)).containsExactly("Rubrik", active.agreement().title(), "Ändrad rubrik");
    }
}
