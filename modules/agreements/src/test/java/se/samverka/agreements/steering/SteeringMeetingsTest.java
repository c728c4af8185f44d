package se.samverka.agreements.steering;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.samverka.agreements.TestAgreements;
import se.samverka.agreements.TestPortal;
import se.samverka.agreements.agreement.AgreementDetails;
import se.samverka.platform.api.refusal.RecordNotFound;
import se.samverka.platform.api.refusal.Refusal;
import se.samverka.platform.api.refusal.StaleRecord;
import se.samverka.platform.core.testing.AuditTrail;
import se.samverka.platform.core.testing.MovableClock;
import se.samverka.platform.core.testing.TenantIsolation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samverka.agreements.TestPortal.TENANT_A;
import static se.samverka.agreements.TestPortal.TENANT_B;
import static se.samverka.agreements.TestPortal.officer;

/** Steering-group meetings on the real database. */
class SteeringMeetingsTest {

    final SteeringMeetings meetings = TestPortal.bean(SteeringMeetings.class);

    static <T> T asOfficer(Supplier<T> work) {
        return TestPortal.as(officer(TENANT_A), TENANT_A, work);
    }

    static AgreementDetails active() {
        return asOfficer(() -> TestAgreements.active(TestAgreements.partner(TestAgreements.alias("sg")).id()));
    }

    @AfterEach
    void realTime() {
        MovableClock.reset();
    }

    @Test
    void aMeetingIsPlannedThenHeldWithMinutesAndTheYearsShortfallShows() {
        MovableClock.today(LocalDate.of(2025, 5, 1));
        AgreementDetails agreement = active();
        asOfficer(() -> meetings.add(agreement.id(), new MeetingDetails(MeetingStatus.HELD, LocalDate.of(2024, 3, 12),
                List.of("Socialtjänsten", "Skola", "Junis"), "Genomgång", "Fortsätt")));
        asOfficer(() -> meetings.add(agreement.id(), new MeetingDetails(MeetingStatus.HELD, LocalDate.of(2024, 10, 8),
                List.of("Socialtjänsten"), "Uppföljning", null)));
        SteeringMeeting planned = asOfficer(() -> meetings.add(agreement.id(),
                MeetingDetails.planned(LocalDate.of(2025, 4, 8), List.of("Socialtjänsten", "Junis"))));

        assertThat(asOfficer(() -> meetings.shortfalls(agreement.id())))
                .as("April's meeting has passed and is still only planned: it does not count until its minutes are entered")
                .containsExactly(new MeetingShortfall(2025, 0, 2));

        SteeringMeeting held = asOfficer(() -> meetings.update(planned.id(), planned.version(), new MeetingDetails(MeetingStatus.HELD,
                planned.meetingDate(), planned.attendeeFunctions(), "Halvårsstatistiken gicks igenom.", "Information i skolorna i höst.")));
        asOfficer(() -> meetings.add(agreement.id(), MeetingDetails.planned(LocalDate.of(2025, 10, 7), List.of("Socialtjänsten"))));

        assertThat(held.minutes()).isEqualTo("Halvårsstatistiken gicks igenom.");
        assertThat(asOfficer(() -> meetings.meetings(agreement.id()))).extracting(SteeringMeeting::meetingDate).containsExactly(
                LocalDate.of(2024, 3, 12), LocalDate.of(2024, 10, 8), LocalDate.of(2025, 4, 8), LocalDate.of(2025, 10, 7));
        assertThat(asOfficer(() -> meetings.find(held.id())).orElseThrow().attendeeFunctions())
                .containsExactly("Socialtjänsten", "Junis");
        assertThat(asOfficer(() -> meetings.shortfalls(agreement.id()))).isEmpty();
        assertThat(AuditTrail.of(TestPortal.shared(), "steering-meeting", held.id())).hasSize(2).last().asString()
                .contains("\"status\":[\"PLANNED\",\"HELD\"]");
        AuditTrail.assertRecorded(TestPortal.shared(), "steering-meeting", held.id(), TestPortal.TENANT_A, "officer.orust",
                "update", "status", "minutes");
    }

    @Test
    void aMeetingCannotHaveBeenHeldInTheFutureNorBeforeTheDecision() {
        MovableClock.today(LocalDate.of(2025, 5, 1));
        AgreementDetails agreement = active();
        AgreementDetails draft = asOfficer(() -> TestAgreements.draft(TestAgreements.partner(TestAgreements.alias("d")).id()));

        assertThatThrownBy(() -> asOfficer(() -> meetings.add(agreement.id(), new MeetingDetails(MeetingStatus.HELD,
                LocalDate.of(2025, 5, 2), List.of(), null, null))))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.messageKey()).isEqualTo("agreements.meeting.held-in-future"));
        assertThatThrownBy(() -> asOfficer(() -> meetings.add(draft.id(), MeetingDetails.planned(LocalDate.of(2025, 6, 1), List.of()))))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.messageKey()).isEqualTo("agreements.meeting.not-decided"));
        assertThat(asOfficer(() -> meetings.meetings(agreement.id()))).isEmpty();
    }

    @Test
    void twoEditsOfTheSameMeetingTheSecondIsRefused() {
        AgreementDetails agreement = active();
        SteeringMeeting meeting = asOfficer(() -> meetings.add(agreement.id(),
                MeetingDetails.planned(LocalDate.of(2024, 6, 1), List.of("Skola"))));
        asOfficer(() -> meetings.update(meeting.id(), meeting.version(), new MeetingDetails(MeetingStatus.HELD, meeting.meetingDate(),
                meeting.attendeeFunctions(), "Första anteckningarna", null)));

        assertThatThrownBy(() -> asOfficer(() -> meetings.update(meeting.id(), meeting.version(), new MeetingDetails(
                MeetingStatus.CANCELLED, meeting.meetingDate(), meeting.attendeeFunctions(), null, null))))
                .isInstanceOf(StaleRecord.class);
        assertThat(asOfficer(() -> meetings.find(meeting.id())).orElseThrow().minutes()).isEqualTo("Första anteckningarna");
    }

    @Test
    void anotherTenantsMeetingIsInvisibleAndCannotBeChanged() {
        AgreementDetails agreement = active();
        SteeringMeeting meeting = asOfficer(() -> meetings.add(agreement.id(),
                MeetingDetails.planned(LocalDate.of(2024, 6, 1), List.of("Skola"))));

        TestPortal.as(officer(TENANT_B), TENANT_B, () -> {
            assertThat(meetings.meetings(agreement.id())).isEmpty();
            assertThat(meetings.find(meeting.id())).isEmpty();
            assertThatThrownBy(() -> meetings.update(meeting.id(), meeting.version(), meeting.details())).isInstanceOf(RecordNotFound.class);
            assertThatThrownBy(() -> meetings.add(agreement.id(), meeting.details())).isInstanceOf(RecordNotFound.class);
        });
        TenantIsolation.assertIsolated(TestPortal.bean(SteeringMeetingRepository.class), meeting.id(), SteeringMeeting::id,
                TENANT_A, TENANT_B, m -> new SteeringMeeting(m.id(), null, m.agreementId(), MeetingStatus.CANCELLED, m.meetingDate(),
                        List.of("Kapad"), "Kapad", null, m.createdAt(), m.createdBy(), Instant.now(), "b", m.version()));
    }
}
