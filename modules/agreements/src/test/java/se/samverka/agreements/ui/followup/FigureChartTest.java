package se.samverka.agreements.ui.followup;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FigureChartTest {

    @Test
    void theValueAxisStepsRoundlyToAboveTheHighestFigure() {
        assertThat(FigureChart.step(0)).isEqualTo(1);
        assertThat(FigureChart.step(3)).isEqualTo(1);
        assertThat(FigureChart.step(14)).isEqualTo(5);
        assertThat(FigureChart.step(1_204)).isEqualTo(500);
    }

    @Test
    void aPeriodWithoutAFigureBreaksTheLineInsteadOfDrawingZero() {
        String svg = FigureChart.svg("Antal", List.of(new FigureChart.Point("2024-H1", 3L), new FigureChart.Point("2024-H2", 4L),
                new FigureChart.Point("2025-H1", null), new FigureChart.Point("2025-H2", 6L), new FigureChart.Point("2026-H1", 7L)));

        assertThat(svg.split("<polyline", -1)).hasSize(3);
        assertThat(svg.split("<circle", -1)).hasSize(5);
        assertThat(svg).contains(">2025-H1</text>");
    }

    @Test
    void namesFromUsersCannotBreakOutOfTheMarkup() {
        assertThat(FigureChart.svg("<script>&\"", List.of(new FigureChart.Point("<b>", 1L))))
                .contains("<title>&lt;script&gt;&amp;&quot;</title>").contains("&lt;b&gt;").doesNotContain("<script>");
    }
}
