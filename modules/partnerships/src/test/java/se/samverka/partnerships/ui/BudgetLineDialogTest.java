package se.samverka.partnerships.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.IntegerField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.samverka.partnerships.Fixture;
import se.samverka.partnerships.TestPortal;
import se.samverka.partnerships.budget.BudgetLine;
import se.samverka.partnerships.budget.Budgets;
import se.samverka.partnerships.budget.CostCategory;
import se.samverka.platform.api.refusal.StaleRecord;
import se.samverka.platform.core.testing.KaribuExtension;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samverka.partnerships.TestPortal.ALMHULT;
import static se.samverka.platform.core.testing.TestUsers.as;
import static se.samverka.platform.core.testing.TestUsers.officer;

/** A budget line set again in its dialog starts from what is set; a change made meanwhile by someone else is not overwritten. */
class BudgetLineDialogTest {

    @RegisterExtension
    final KaribuExtension karibu = new KaribuExtension(() -> TestPortal.shared().context());

    @Test
    void aLineAlreadySetIsShownAndChangedAndAStaleOneIsRefused() {
        Fixture f = Fixture.inAlmhult();
        long phase = f.inception().id();
        Budgets budgets = TestPortal.bean(Budgets.class);
        as(officer(ALMHULT), ALMHULT, () -> budgets.setLine(phase, 2020, CostCategory.TRAVEL, 100_000, null));
        karibu.show(officer(ALMHULT), ALMHULT, PartnershipView.path(f.partnership().id()) + "?tab=phases");

        _click(_get(Button.class, spec -> spec.withId("phase-" + phase + "-budget-line")));
        IntegerField amount = _get(IntegerField.class, spec -> spec.withId("budget-amount"));
        assertThat(amount.getValue()).as("the travel line of 2020 as set").isEqualTo(100_000);
        _setValue(amount, 120_000);
        _click(_get(Button.class, spec -> spec.withId("budget-save")));
        assertThat(line(budgets, phase)).isEqualTo(120_000);

        _click(_get(Button.class, spec -> spec.withId("phase-" + phase + "-budget-line")));
        as(officer(ALMHULT), ALMHULT, () -> budgets.setLine(phase, 2020, CostCategory.TRAVEL, 130_000,
                budgets.line(phase, 2020, CostCategory.TRAVEL).orElseThrow().version()));
        _setValue(_get(IntegerField.class, spec -> spec.withId("budget-amount")), 90_000);
        assertThatThrownBy(() -> _click(_get(Button.class, spec -> spec.withId("budget-save"))))
                .as("to the platform's handler, which says who changed it").isInstanceOf(StaleRecord.class);
        assertThat(line(budgets, phase)).as("the other officer's figure stays").isEqualTo(130_000);
    }

    private static long line(Budgets budgets, long phase) {
        return as(officer(ALMHULT), ALMHULT, () -> budgets.line(phase, 2020, CostCategory.TRAVEL)).map(BudgetLine::amountSek).orElseThrow();
    }
}
