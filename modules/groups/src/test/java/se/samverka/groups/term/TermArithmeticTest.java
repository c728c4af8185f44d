package se.samverka.groups.term;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TermArithmeticTest {

    @Test
    void aTermIsHalfAYearAndItsHalfYearIsTheSame() {
        Term vt = new Term(2025, Term.Kind.VT);
        assertThat(vt.start()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(vt.end()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(vt.next()).isEqualTo(new Term(2025, Term.Kind.HT));
        assertThat(vt.previous()).isEqualTo(new Term(2024, Term.Kind.HT));
        assertThat(vt.halfYear()).isEqualTo(new HalfYear(2025, 1));
        assertThat(Term.of(LocalDate.of(2025, 7, 1))).isEqualTo(new Term(2025, Term.Kind.HT));
        assertThat(vt.contains(LocalDate.of(2025, 6, 30))).isTrue();
        assertThat(vt.contains(LocalDate.of(2025, 7, 1))).isFalse();
        assertThat(vt.toString()).isEqualTo("VT 2025");
    }

    @Test
    void termsAreReadAsPeopleWriteThem() {
        assertThat(Term.parse("ht2025")).contains(new Term(2025, Term.Kind.HT));
        assertThat(Term.parse(" VT-2026 ")).contains(new Term(2026, Term.Kind.VT));
        assertThat(Term.parse("HT 25")).isEmpty();
        assertThat(Term.parse("sommar 2025")).isEmpty();
        assertThat(Term.parse(null)).isEmpty();
    }

    @Test
    void aHalfYearIsDueAtTheEndOfTheMonthAfterAndRemindedTwoWeeksBeforeItEnds() {
        HalfYear first = new HalfYear(2025, 1);
        assertThat(first.due()).isEqualTo(LocalDate.of(2025, 7, 31));
        assertThat(first.remindFrom()).isEqualTo(LocalDate.of(2025, 6, 16));
        assertThat(new HalfYear(2025, 2).due()).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(first.isOverdueOn(LocalDate.of(2025, 7, 31))).isFalse();
        assertThat(first.isOverdueOn(LocalDate.of(2025, 8, 1))).isTrue();
        assertThat(first.previous()).isEqualTo(new HalfYear(2024, 2));
        assertThat(HalfYear.between(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 3, 1)))
                .containsExactly(new HalfYear(2024, 1), new HalfYear(2024, 2), new HalfYear(2025, 1));
    }

    @Test
    void halfYearKeysAreStrict() {
        assertThat(HalfYear.parseKey("2025-2")).contains(new HalfYear(2025, 2));
        assertThat(HalfYear.parseKey("2025-3")).isEmpty();
        assertThat(HalfYear.parseKey("25-1")).isEmpty();
        assertThat(HalfYear.parseKey("2025-1; DROP")).isEmpty();
        assertThatThrownBy(() -> new HalfYear(2025, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
