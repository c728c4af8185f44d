package se.samverka.agreements.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import se.samverka.agreements.steering.MeetingDetails;
import se.samverka.agreements.steering.MeetingStatus;

import java.time.LocalDate;
import java.util.List;

/**
 * A meeting as sent.
 *
 * @param version for a change: the version read (a newer one answers 409); not sent to add a meeting
 */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
public record MeetingInput(@Nullable Long version, @Nullable MeetingStatus status, @Nullable LocalDate date,
                           @Nullable List<String> attendeeFunctions, @Nullable String minutes,
                           @Nullable String decisions) {

    MeetingDetails details() {
        return new MeetingDetails(status, date, attendeeFunctions, minutes, decisions);
    }
}
