package se.samverka.platform.api.ui;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTest {

    @Test
    void kronorAreGroupedTheSwedishWayWithoutÖre() {
        // non-breaking spaces, so that an amount never wraps in the middle
        assertThat(Formats.sek(1_250_000)).isEqualTo("1\u00a0250\u00a0000\u00a0kr");
        assertThat(Formats.sek(0)).isEqualTo("0\u00a0kr");
    }

    @Test
    void anOpenEndOfAPeriodIsADash() {
        assertThat(Formats.period(LocalDate.of(2024, 1, 1), null)).isEqualTo("2024-01-01 – –");
        assertThat(Formats.period(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31))).isEqualTo("2024-01-01 – 2026-12-31");
    }
}
