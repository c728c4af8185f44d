package se.samverka.partnerships.results;

import org.junit.jupiter.api.Test;
import se.samverka.partnerships.Fixture;
import se.samverka.partnerships.TestPortal;
import se.samverka.platform.api.refusal.Refusal;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samverka.partnerships.TestPortal.ALMHULT;
import static se.samverka.platform.core.testing.TestUsers.as;
import static se.samverka.platform.core.testing.TestUsers.officer;

/** The results framework keeps its levels in order, and an indicator's year must be one the phases run. */
class ResultsTest {

    static Results results() {
        return TestPortal.bean(Results.class);
    }

    @Test
    void goalOutcomeOutputActivityInOrderAndIndicatorsWithTheirYears() {
        long p = Fixture.inAlmhult().partnership().id();
        Result goal = as(officer(ALMHULT), ALMHULT, () -> results().add(p, ResultLevel.GOAL, null, "Delaktighet"));
        assertThatThrownBy(() -> as(officer(ALMHULT), ALMHULT, () -> results().add(p, ResultLevel.GOAL, null, "Ett till")))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.field()).contains("level"));
        assertThatThrownBy(() -> as(officer(ALMHULT), ALMHULT, () -> results().add(p, ResultLevel.OUTPUT, goal.id(), "Hoppar över")))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.field()).contains("parentId"));
        Result outcome = as(officer(ALMHULT), ALMHULT, () -> results().add(p, ResultLevel.OUTCOME, goal.id(), "Arbetssätt"));
        Indicator indicator = as(officer(ALMHULT), ALMHULT, () -> results().addIndicator(p, new IndicatorDetails(outcome.id(),
                "Mötesplatser", ChangeLevel.SOCIETAL, "0", "2", "Protokoll", List.of(new YearValue(2020, "1")))));
        assertThat(indicator.actuals()).containsExactly(new YearValue(2020, "1"));
        assertThatThrownBy(() -> as(officer(ALMHULT), ALMHULT, () -> results().updateIndicator(indicator.id(), indicator.version(),
                new IndicatorDetails(outcome.id(), "Mötesplatser", ChangeLevel.SOCIETAL, "0", "2", null,
                        List.of(new YearValue(2025, "3"))))))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.messageKey()).isEqualTo("partnerships.indicator.year-outside-phases"));
        assertThat(as(officer(ALMHULT), ALMHULT, () -> results().of(p)).of(outcome)).hasSize(1);
    }
}
