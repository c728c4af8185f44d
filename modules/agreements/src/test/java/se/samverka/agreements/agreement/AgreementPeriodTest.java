package se.samverka.agreements.agreement;

import se.samverka.agreements.TestMessages;
import org.junit.jupiter.api.Test;
import se.samverka.platform.api.refusal.Refusal;

import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AgreementPeriodTest {

    static final LocalDate START = LocalDate.of(2024, 1, 1);
    static final LocalDate END = LocalDate.of(2026, 12, 31);

    @Test
    void theDecisionOfSeed003WithItsEndBeforeItsStartIsRefusedSayingSo() {
        // "under perioden 2024-01-01 till 2023-12-31"
        AgreementPeriod typo = AgreementPeriod.of(START, LocalDate.of(2023, 12, 31));

        assertThatThrownBy(typo::validated).isInstanceOfSatisfying(Refusal.class, refusal -> {
            assertThat(refusal.messageKey()).isEqualTo("agreements.period.end-before-start");
            assertThat(TestMessages.in(Locale.forLanguageTag("sv"), refusal))
                    .isEqualTo("Slutdatumet 2023-12-31 ligger före startdatumet 2024-01-01. En överenskommelse kan inte "
                            + "sluta innan den börjar: rätta perioden.");
            assertThat(TestMessages.in(Locale.ENGLISH, refusal)).contains("end date 2023-12-31 is before the start date 2024-01-01");
        });
    }

    @Test
    void aPeriodOfOneDayAndAnOpenDraftPeriodAreFine() {
        assertThat(AgreementPeriod.of(START, START).validated().isComplete()).isTrue();
        assertThat(new AgreementPeriod(START, null, 6).validated().isComplete()).isFalse();
        assertThat(new AgreementPeriod(null, null, 6).validated().renewalTalksStart()).isEmpty();
    }

    @Test
    void renewalTalksStartTheNoticeMonthsBeforeTheEnd() {
        assertThat(AgreementPeriod.of(START, END).renewalTalksStart()).contains(LocalDate.of(2026, 6, 30));
        assertThat(new AgreementPeriod(START, END, 3).renewalTalksStart()).contains(LocalDate.of(2026, 9, 30));
        assertThat(new AgreementPeriod(START, END, 0).renewalTalksStart()).contains(END);
    }

    @Test
    void aDayThatTheEarlierMonthLacksBecomesItsLastDay() {
        assertThat(new AgreementPeriod(START, LocalDate.of(2026, 8, 31), 6).renewalTalksStart())
                .contains(LocalDate.of(2026, 2, 28));
        assertThat(new AgreementPeriod(START, LocalDate.of(2028, 8, 31), 6).renewalTalksStart())
                .as("leap year").contains(LocalDate.of(2028, 2, 29));
    }

    @Test
    void theNoticeIsBetweenZeroAndThreeYears() {
        assertThatThrownBy(() -> new AgreementPeriod(START, END, -1).validated())
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.messageKey()).isEqualTo("agreements.period.renewal-notice-range"));
        assertThatThrownBy(() -> new AgreementPeriod(START, END, 37).validated()).isInstanceOf(Refusal.class);
        assertThat(new AgreementPeriod(START, END, 36).validated()).isNotNull();
    }

    @Test
    void aCenturyLongPeriodIsATypo() {
        assertThatThrownBy(() -> AgreementPeriod.of(START, LocalDate.of(2204, 12, 31)).validated())
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.messageKey()).isEqualTo("agreements.period.too-long"));
    }

    @Test
    void thePeriodKnowsItsYearsAndDays() {
        AgreementPeriod period = AgreementPeriod.of(START, END);

        assertThat(period.years()).containsExactly(2024, 2025, 2026);
        assertThat(period.contains(START)).isTrue();
        assertThat(period.contains(END)).isTrue();
        assertThat(period.contains(END.plusDays(1))).isFalse();
    }
}
