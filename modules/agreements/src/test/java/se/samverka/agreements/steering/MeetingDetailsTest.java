package se.samverka.agreements.steering;

import se.samverka.agreements.TestMessages;
import org.junit.jupiter.api.Test;
import se.samverka.platform.api.refusal.Refusal;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MeetingDetailsTest {

    static final LocalDate TODAY = LocalDate.of(2025, 5, 1);

    @Test
    void aHeldMeetingIsInThePastAPlannedOneMayBeAnywhere() {
        assertThat(new MeetingDetails(MeetingStatus.HELD, TODAY, List.of(" Skola "), " Anteckningar ", null).validated(TODAY))
                .isEqualTo(new MeetingDetails(MeetingStatus.HELD, TODAY, List.of("Skola"), "Anteckningar", null));
        assertThat(MeetingDetails.planned(TODAY.plusYears(1), List.of()).validated(TODAY).status()).isEqualTo(MeetingStatus.PLANNED);
        assertThatThrownBy(() -> new MeetingDetails(MeetingStatus.HELD, TODAY.plusDays(1), List.of(), null, null).validated(TODAY))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.messageKey()).isEqualTo("agreements.meeting.held-in-future"));
    }

    @Test
    void aMeetingHasADateAndAttendsByFunction() {
        assertThatThrownBy(() -> MeetingDetails.planned(null, List.of()).validated(TODAY)).satisfies(TestMessages.saysInEnglish("Meeting date is required."));
        assertThatThrownBy(() -> MeetingDetails.planned(TODAY, List.of(" ")).validated(TODAY)).satisfies(TestMessages.saysInEnglish("Attending function is required."));
        assertThatThrownBy(() -> MeetingDetails.planned(TODAY, Collections.nCopies(51, "Skola")).validated(TODAY))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.messageKey()).isEqualTo("agreements.meeting.too-many-functions"));
        assertThat(MeetingDetails.planned(TODAY, List.of("Social-\ntjänsten")).validated(TODAY).attendeeFunctions())
                .as("one line each, as the column keeps them").containsExactly("Social- tjänsten");
    }
}
