package se.samverka.agreements.api;

import io.micronaut.core.annotation.Nullable;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import se.samverka.agreements.steering.MeetingStatus;
import se.samverka.agreements.steering.SteeringMeeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A steering-group meeting of an agreement; attendees by function, never by person. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record MeetingView(long id, long agreementId, MeetingStatus status, LocalDate date,
                          List<String> attendeeFunctions, @Nullable String minutes, @Nullable String decisions,
                          Instant updatedAt, String updatedBy, long version) {

    static MeetingView of(SteeringMeeting m) {
        return new MeetingView(m.id(), m.agreementId(), m.status(), m.meetingDate(), m.attendeeFunctions(), m.minutes(),
                m.decisions(), m.updatedAt(), m.updatedBy(), m.version());
    }
}
