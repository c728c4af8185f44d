package se.samverka.partnerships.budget;

import org.junit.jupiter.api.Test;
import se.samverka.partnerships.Fixture;
import se.samverka.partnerships.TestPortal;
import se.samverka.partnerships.country.Region;
import se.samverka.partnerships.phase.PhaseDetails;
import se.samverka.partnerships.phase.PhaseKind;
import se.samverka.partnerships.phase.PhaseStatus;
import se.samverka.partnerships.phase.Phases;
import se.samverka.platform.api.refusal.NotPermitted;
import se.samverka.platform.api.refusal.Refusal;
import se.samverka.platform.api.refusal.StaleRecord;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samverka.partnerships.TestPortal.ALMHULT;
import static se.samverka.platform.core.testing.TestUsers.admin;
import static se.samverka.platform.core.testing.TestUsers.as;
import static se.samverka.platform.core.testing.TestUsers.officer;
import static se.samverka.platform.core.testing.TestUsers.reader;

/** Budget against actuals: arithmetic per phase, year and category, ceilings as warnings, costs only where they belong. */
class BudgetsTest {

    static Budgets budgets() {
        return TestPortal.bean(Budgets.class);
    }

    static ActualDetails cost(CostCategory category, LocalDate on, long sek) {
        return new ActualDetails(category, on, sek, null, null, null, null);
    }

    @Test
    void theOverviewSumsBudgetAndActualsPerLineAndWarnsOverTheCeilingAndAboutIneligibleCosts() {
        Fixture f = Fixture.inAlmhult();
        long phase = f.inception().id();
        BudgetOverview overview = as(officer(ALMHULT), ALMHULT, () -> {
            budgets().setLine(phase, 2020, CostCategory.TRAVEL, 200_000, null);
            budgets().setLine(phase, 2020, CostCategory.ACCOMMODATION, 90_000, null);
            budgets().addActual(phase, cost(CostCategory.TRAVEL, LocalDate.of(2020, 2, 1), 58_400));
            budgets().addActual(phase, cost(CostCategory.TRAVEL, LocalDate.of(2020, 3, 1), 44_900));
            budgets().addActual(phase, new ActualDetails(CostCategory.PER_DIEM, LocalDate.of(2020, 3, 2), 3_000, "zar",
                    new BigDecimal("5100.00"), "Traktamente", null));
            budgets().claim(phase, LocalDate.of(2020, 8, 28), 100_000);
            return budgets().overview(f.partnership().id(), "ZA");
        });
        BudgetOverview.PhaseBudget inception = overview.phases().get(0);
        assertThat(inception.lines()).extracting(l -> l.category() + " " + l.approved() + " " + l.spent() + " " + l.remaining())
                .containsExactly("TRAVEL 200000 103300 96700", "ACCOMMODATION 90000 0 90000", "PER_DIEM 0 3000 -3000");
        assertThat(inception.approved()).isEqualTo(290_000);
        assertThat(inception.spent()).isEqualTo(106_300);
        assertThat(inception.ceiling()).as("ICLD's inception ceiling for Africa, the tenant's setting").isEqualTo(275_000);
        assertThat(inception.overCeiling()).isTrue();
        assertThat(inception.ineligibleSpent()).isTrue();
        assertThat(inception.claimed()).isEqualTo(100_000);
        assertThat(overview.remaining()).isEqualTo(290_000 - 106_300);
        assertThat(as(officer(ALMHULT), ALMHULT, () -> budgets().actuals(f.partnership().id())))
                .anySatisfy(a -> assertThat(a.originalCurrency()).isEqualTo("ZAR"));
    }

    @Test
    void costsAreRefusedOnAPhaseNotGrantedOutsideThePhaseOrNegativeAndAStaleLineIsRefused() {
        Fixture f = Fixture.inAlmhult();
        long granted = f.inception().id();
        long planned = as(officer(ALMHULT), ALMHULT, () -> TestPortal.bean(Phases.class).add(f.partnership().id(), new PhaseDetails(
                PhaseKind.PROJECT, 1, LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31), PhaseStatus.APPLIED, null, null, null,
                null, List.of())).id());
        assertThat(fieldOf(planned, cost(CostCategory.TRAVEL, LocalDate.of(2021, 2, 1), 100))).isEqualTo("phaseId");
        assertThat(fieldOf(granted, cost(CostCategory.TRAVEL, LocalDate.of(2020, 8, 1), 100))).isEqualTo("spentOn");
        assertThat(fieldOf(granted, cost(CostCategory.TRAVEL, LocalDate.of(2020, 2, 1), -5))).isEqualTo("amountSek");
        assertThat(fieldOf(granted, new ActualDetails(CostCategory.TRAVEL, LocalDate.of(2020, 2, 1), 5, "ZAR", null, null, null)))
                .isEqualTo("originalAmount");
        assertThatThrownBy(() -> as(officer(ALMHULT), ALMHULT, () -> budgets().setLine(granted, 2021, CostCategory.TRAVEL, 1, null)))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.field()).contains("budgetYear"));

        BudgetLine line = as(officer(ALMHULT), ALMHULT, () -> budgets().setLine(granted, 2020, CostCategory.VISA, 5_000, null));
        as(officer(ALMHULT), ALMHULT, () -> budgets().setLine(granted, 2020, CostCategory.VISA, 6_000, line.version()));
        assertThatThrownBy(() -> as(officer(ALMHULT), ALMHULT, () -> budgets().setLine(granted, 2020, CostCategory.VISA, 7_000,
                line.version()))).as("two people editing the same line").isInstanceOf(StaleRecord.class);
        assertThatThrownBy(() -> as(reader(ALMHULT), ALMHULT, () -> budgets().setLine(granted, 2020, CostCategory.VISA, 1, null)))
                .isInstanceOf(NotPermitted.class);
    }

    @Test
    void theTenantAdministratorSetsACeilingAndOnlyThatTenantsBudgetsAreMeasuredByIt() {
        as(admin(ALMHULT), ALMHULT, () -> TestPortal.bean(Ceilings.class).set(PhaseKind.DISSEMINATION, Region.EUROPE, 123_000L));
        assertThat(as(reader(ALMHULT), ALMHULT, () -> TestPortal.bean(Ceilings.class).all())).containsEntry("DISSEMINATION/EUROPE", 123_000L);
        assertThat(as(reader(TestPortal.ORUST), TestPortal.ORUST, () -> TestPortal.bean(Ceilings.class).all()))
                .containsEntry("DISSEMINATION/EUROPE", 100_000L);
        assertThatThrownBy(() -> as(officer(ALMHULT), ALMHULT, () -> TestPortal.bean(Ceilings.class).set(PhaseKind.DISSEMINATION,
                Region.EUROPE, 1L))).isInstanceOf(NotPermitted.class);
    }

    static String fieldOf(long phase, ActualDetails details) {
        try {
            as(officer(ALMHULT), ALMHULT, () -> budgets().addActual(phase, details));
        } catch (Refusal refusal) {
            return refusal.field().orElse(refusal.messageKey());
        }
        throw new AssertionError("not refused");
    }
}
