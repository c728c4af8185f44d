package se.samverka.agreements.steering;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.annotation.TenantId;
import io.micronaut.data.annotation.Version;
import se.samverka.platform.api.data.EditedRecord;
import se.samverka.platform.api.data.LinesConverter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A steering-group meeting of an agreement. Who attended is recorded by function ("Socialtjänsten",
 * "Skola", "Junis"), never as a list of private persons.
 */
@MappedEntity("agreements_meeting")
public record SteeringMeeting(@Id @GeneratedValue @Nullable Long id,
                              @TenantId @Nullable String tenantId,
                              long agreementId,
                              MeetingStatus status,
                              LocalDate meetingDate,
                              @MappedProperty(converter = LinesConverter.class) List<String> attendeeFunctions,
                              @Nullable String minutes,
                              @Nullable String decisions,
                              Instant createdAt,
                              String createdBy,
                              Instant updatedAt,
                              String updatedBy,
                              @Version @Nullable Long version) implements EditedRecord {


    public MeetingDetails details() {
        return new MeetingDetails(status, meetingDate, attendeeFunctions, minutes, decisions);
    }

    static SteeringMeeting create(long agreementId, MeetingDetails details, Instant now, String actor) {
        return new SteeringMeeting(null, null, agreementId, details.status(), details.date(), details.attendeeFunctions(),
                details.minutes(), details.decisions(), now, actor, now, actor, null);
    }

    SteeringMeeting withDetails(MeetingDetails details, Instant now, String actor) {
        return new SteeringMeeting(id, tenantId, agreementId, details.status(), details.date(), details.attendeeFunctions(),
                details.minutes(), details.decisions(), createdAt, createdBy, now, actor, version);
    }
}
