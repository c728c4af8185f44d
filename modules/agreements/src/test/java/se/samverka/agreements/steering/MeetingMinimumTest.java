package se.samverka.agreements.steering;

import org.junit.jupiter.api.Test;
import se.samverka.agreements.agreement.AgreementPeriod;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MeetingMinimumTest {

    static final AgreementPeriod PERIOD = AgreementPeriod.of(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31));

    static SteeringMeeting meeting(String date, MeetingStatus status) {
        return new SteeringMeeting(1L, "orust", 1, status, LocalDate.parse(date), List.of("Socialtjänsten"), null, null,
                Instant.EPOCH, "x", Instant.EPOCH, "x", 0L);
    }

    @Test
    void aYearWithTwoHeldOrPlannedMeetingsIsFine() {
        List<SteeringMeeting> meetings = List.of(meeting("2024-03-12", MeetingStatus.HELD), meeting("2024-10-08", MeetingStatus.HELD),
                meeting("2025-03-11", MeetingStatus.HELD), meeting("2025-11-30", MeetingStatus.PLANNED));

        assertThat(MeetingMinimum.shortfalls(PERIOD, 2, meetings, LocalDate.of(2025, 6, 1))).isEmpty();
    }

    @Test
    void aYearWithFewerIsAShortfallAndCancelledMeetingsDoNotCount() {
        List<SteeringMeeting> meetings = List.of(meeting("2024-03-12", MeetingStatus.HELD), meeting("2024-10-08", MeetingStatus.CANCELLED),
                meeting("2025-03-11", MeetingStatus.HELD));

        assertThat(MeetingMinimum.shortfalls(PERIOD, 2, meetings, LocalDate.of(2025, 6, 1)))
                .containsExactly(new MeetingShortfall(2024, 1, 2), new MeetingShortfall(2025, 1, 2));
        assertThat(MeetingMinimum.inYear(2025, PERIOD, 2, meetings, LocalDate.of(2025, 6, 1)))
                .contains(new MeetingShortfall(2025, 1, 2));
    }

    @Test
    void aMeetingStillPlannedAfterItsDayDoesNotCount() {
        // eleven months ago and never held: the shortfall stands until its minutes are entered
        List<SteeringMeeting> meetings = List.of(meeting("2025-01-20", MeetingStatus.PLANNED), meeting("2025-03-11", MeetingStatus.HELD));

        assertThat(MeetingMinimum.shortfalls(PERIOD, 2, meetings, LocalDate.of(2025, 12, 20)))
                .contains(new MeetingShortfall(2025, 1, 2));
        assertThat(MeetingMinimum.inYear(2025, PERIOD, 2, meetings, LocalDate.of(2025, 1, 20))).as("on its day it still counts")
                .isEmpty();
    }

    @Test
    void laterYearsAreNotJudgedYet() {
        assertThat(MeetingMinimum.shortfalls(PERIOD, 2, List.of(), LocalDate.of(2024, 2, 1)))
                .containsExactly(new MeetingShortfall(2024, 0, 2));
        assertThat(MeetingMinimum.shortfalls(PERIOD, 2, List.of(), LocalDate.of(2030, 1, 1))).extracting(MeetingShortfall::year)
                .containsExactly(2024, 2025, 2026);
    }

    @Test
    void meetingsOutsideThePeriodDoNotCountForItsYears() {
        List<SteeringMeeting> meetings = List.of(meeting("2023-12-01", MeetingStatus.HELD), meeting("2023-12-15", MeetingStatus.HELD));

        assertThat(MeetingMinimum.shortfalls(PERIOD, 2, meetings, LocalDate.of(2024, 3, 1)))
                .containsExactly(new MeetingShortfall(2024, 0, 2));
    }

    @Test
    void noMinimumOrNoPeriodMeansNoWarning() {
        assertThat(MeetingMinimum.shortfalls(PERIOD, 0, List.of(), LocalDate.of(2025, 1, 1))).isEmpty();
        assertThat(MeetingMinimum.shortfalls(new AgreementPeriod(LocalDate.of(2024, 1, 1), null, 6), 2, List.of(),
                LocalDate.of(2025, 1, 1))).isEmpty();
    }
}
