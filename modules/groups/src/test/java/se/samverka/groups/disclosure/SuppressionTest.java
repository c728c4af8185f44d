package se.samverka.groups.disclosure;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Suppression on tables where hiding only the small counts leaks them: every hidden cell must stay out of
 * reach of the sums the table shows.
 */
class SuppressionTest {

    static CellKey cell(String row, String column) {
        return new CellKey(row, column);
    }

    @Test
    void aSmallCountIsHiddenAndZeroStaysZero() {
        CountTable table = CountTable.builder().cell("enrolled", "H1", 3).cell("violence", "H1", 0)
                .cell("new", "H1", 12).build();

        ProtectedTable published = Suppression.protect(table, 5);

        assertThat(published.shown(cell("enrolled", "H1"))).isEqualTo("<5");
        assertThat(published.shown(cell("violence", "H1"))).isEqualTo("0");
        assertThat(published.shown(cell("new", "H1"))).isEqualTo("12");
    }

    @Test
    void hidingOnlyTheSmallPartOfATotalLeaksItSoTheNextSmallestIsHiddenToo() {
        // girls 3, boys 12, other 0, not stated 7 = 22 enrolled: naively 22 − 12 − 0 − 7 gives the 3 back
        CountTable table = CountTable.builder()
                .cell("girl", "H1", 3).cell("boy", "H1", 12).cell("other", "H1", 0).cell("not-stated", "H1", 7)
                .cell("enrolled", "H1", 22)
                .line(cell("enrolled", "H1"), List.of(cell("girl", "H1"), cell("boy", "H1"), cell("other", "H1"),
                        cell("not-stated", "H1")))
                .build();

        ProtectedTable published = Suppression.protect(table, 5);

        assertThat(published.protectionOf(cell("girl", "H1"))).isEqualTo(Protection.PRIMARY);
        assertThat(published.protectionOf(cell("not-stated", "H1"))).as("the next smallest").isEqualTo(Protection.SECONDARY);
        assertThat(published.shown(cell("not-stated", "H1"))).isEqualTo("..");
        assertThat(published.shown(cell("boy", "H1"))).isEqualTo("12");
        assertThat(published.shown(cell("other", "H1"))).isEqualTo("0");
        assertThat(published.shown(cell("enrolled", "H1"))).isEqualTo("22");
        assertThat(Suppression.determinedCell(table, published.protection())).isEmpty();
    }

    @Test
    void theOtherHalfYearAndTheYearTotalCannotGiveASmallCountBack() {
        // new children: 3 in the spring, 9 in the autumn, 12 in the year
        CountTable table = CountTable.builder().cell("new", "H1", 3).cell("new", "H2", 9).cell("new", "year", 12)
                .line(cell("new", "year"), List.of(cell("new", "H1"), cell("new", "H2"))).build();

        ProtectedTable published = Suppression.protect(table, 5);

        assertThat(published.isHidden(cell("new", "H1"))).isTrue();
        assertThat(published.isHidden(cell("new", "H2"))).isTrue();
        assertThat(published.shown(cell("new", "year"))).isEqualTo("12");
    }

    @Test
    void aHiddenCellInARowAndAColumnIsProtectedInBoth() {
        // rows: two services; columns: two half-years and the year. The secondary cell chosen in the row
        // leaves its column with one hidden cell, which must then be protected as well.
        CountTable.Builder b = CountTable.builder()
                .cell("school", "H1", 2).cell("school", "H2", 8).cell("school", "year", 10)
                .cell("health", "H1", 6).cell("health", "H2", 20).cell("health", "year", 26)
                .cell("all", "H1", 8).cell("all", "H2", 28).cell("all", "year", 36);
        for (String row : List.of("school", "health", "all")) {
            b.line(cell(row, "year"), List.of(cell(row, "H1"), cell(row, "H2")));
        }
        for (String column : List.of("H1", "H2", "year")) {
            b.line(cell("all", column), List.of(cell("school", column), cell("health", column)));
        }
        CountTable table = b.build();

        ProtectedTable published = Suppression.protect(table, 5);

        for (CountTable.Line line : table.lines()) {
            long hidden = java.util.stream.Stream.concat(line.parts().stream(), java.util.stream.Stream.of(line.total()))
                    .filter(published::isHidden).count();
            assertThat(hidden).as("hidden cells in " + line).isNotEqualTo(1);
        }
        assertThat(published.isHidden(cell("school", "H1"))).isTrue();
        assertThat(Suppression.determinedCell(table, published.protection())).isEmpty();
    }

    @Test
    void linesThatCrossCanDetermineCellsEvenWithTwoHiddenInEachAndTheExactCheckCatchesIt() {
        // a + b = 6, b + c = 7, a + c = 5 with a, b, c hidden: each line has two hidden cells, yet the three
        // equations solve to a = 2, b = 4, c = 3
        CountTable table = CountTable.builder()
                .cell("a", "x", 2).cell("b", "x", 4).cell("c", "x", 3)
                .cell("ab", "x", 6).cell("bc", "x", 7).cell("ac", "x", 5)
                .line(cell("ab", "x"), List.of(cell("a", "x"), cell("b", "x")))
                .line(cell("bc", "x"), List.of(cell("b", "x"), cell("c", "x")))
                .line(cell("ac", "x"), List.of(cell("a", "x"), cell("c", "x")))
                .build();

        ProtectedTable published = Suppression.protect(table, 5);

        assertThat(published.isHidden(cell("a", "x"))).isTrue();
        assertThat(published.isHidden(cell("b", "x"))).isTrue();
        assertThat(published.isHidden(cell("c", "x"))).isTrue();
        assertThat(published.protection().values()).contains(Protection.SECONDARY);
        assertThat(Suppression.determinedCell(table, published.protection())).isEmpty();
    }

    @Test
    void twoHiddenCellsWhoseSumIsTwoAreBothOneSoAThirdIsHidden() {
        // 1 + 1 + 30 = 32: the hidden pair adds up to 2, and counts that are hidden are at least 1
        CountTable table = CountTable.builder()
                .cell("moved", "H1", 1).cell("ill", "H1", 1).cell("unknown", "H1", 30).cell("not-attending", "H1", 32)
                .line(cell("not-attending", "H1"), List.of(cell("moved", "H1"), cell("ill", "H1"), cell("unknown", "H1")))
                .build();

        ProtectedTable published = Suppression.protect(table, 5);

        assertThat(published.isHidden(cell("unknown", "H1"))).isTrue();
        assertThat(published.shown(cell("not-attending", "H1"))).isEqualTo("32");
    }

    @Test
    void nothingSmallNothingHidden() {
        CountTable table = CountTable.builder().cell("girl", "H1", 10).cell("boy", "H1", 12).cell("all", "H1", 22)
                .line(cell("all", "H1"), List.of(cell("girl", "H1"), cell("boy", "H1"))).build();

        assertThat(Suppression.protect(table, 5).hidesAnything()).isFalse();
        assertThat(Suppression.protect(table, 11).shown(cell("girl", "H1"))).as("another tenant's threshold").isEqualTo("<11");
    }

    @Test
    void aThresholdThatProtectsNothingAndNegativeCountsAreRefused() {
        CountTable table = CountTable.builder().cell("a", "x", 1).build();
        assertThatThrownBy(() -> Suppression.protect(table, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CountTable.builder().cell("a", "x", -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
