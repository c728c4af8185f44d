package se.samverka.groups.followup;

import org.junit.jupiter.api.Test;
import se.samverka.platform.api.refusal.Refusal;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A half-year's figures must add up, and the message concerns the field that does not. */
class FigureRulesTest {

    static Figures figures(Integer enrolled, Integer newChildren, Integer remaining, Integer notAttending) {
        return new Figures(enrolled, 2, newChildren, remaining, notAttending, 3, 4, null, null,
                null, null, null, null, null);
    }

    @Test
    void consistentFiguresPass() {
        Figures fine = new Figures(14, 2, 6, 8, 1, 5, 4, 3, 20,
                Map.of("UNKNOWN", 1), Map.of("SCHOOL", 3, "HEALTH_CARE", 2), Map.of("SCHOOL", 10, "UNKNOWN", 4),
                Map.of("AGE_7_9", 8, "AGE_10_12", 6), Map.of("GIRL", 7, "BOY", 6, "NOT_STATED", 1));

        assertThat(FigureRules.broken(fine, true)).isEmpty();
        assertThat(FigureRules.check(fine, true)).isSameAs(fine);
    }

    @Test
    void newAndRemainingMustMakeTheEnrolled() {
        assertThat(FigureRules.broken(figures(14, 6, 7, 0), true)).singleElement().satisfies(r -> {
            assertThat(r.messageKey()).isEqualTo("groups.figures.new-and-remaining");
            assertThat(r.field()).contains("remaining");
            assertThat(r.arguments()).containsExactly(6, 7, 14);
        });
    }

    @Test
    void noneAttendsMoreThanAreEnrolledAndNoCountIsNegative() {
        assertThat(FigureRules.broken(figures(14, 6, 8, 15), true)).extracting(Refusal::messageKey, r -> r.field().orElse(""))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("groups.figures.more-than-enrolled", "notAttending"));
        assertThat(FigureRules.broken(figures(14, -1, 15, 0), true)).extracting(r -> r.field().orElse(""))
                .containsExactly("newChildren");
    }

    @Test
    void aBreakdownSumsToAtMostItsFigureOverItsCodeListOnly() {
        Figures tooMany = new Figures(10, 1, 4, 6, 0, 2, 0, null, null, null, Map.of("SCHOOL", 2, "HEALTH_CARE", 1),
                null, null, Map.of("GIRL", 6, "BOY", 5));
        assertThat(FigureRules.broken(tooMany, true)).extracting(r -> r.field().orElse(""))
                .containsExactly("referringServices", "genders");

        Figures unknownCategory = new Figures(10, 1, 4, 6, 0, 2, 0, null, null, null, null, null,
                Map.of("AGE_99", 1), null);
        assertThat(FigureRules.broken(unknownCategory, true)).extracting(Refusal::messageKey)
                .containsExactly("groups.figures.unknown-category");
    }

    @Test
    void aDraftMayLackFiguresASubmissionMayNot() {
        Figures partial = new Figures(14, null, null, null, null, null, null, null, null, null, null, null, null, null);
        assertThat(FigureRules.broken(partial, false)).isEmpty();
        assertThatThrownBy(() -> FigureRules.check(partial, true)).isInstanceOfSatisfying(Refusal.class, r -> {
            assertThat(r.messageKey()).isEqualTo("groups.figures.required");
            assertThat(r.field()).contains("groupsRunning");
        });
    }
}
