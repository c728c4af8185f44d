package se.samverka.agreements.steering;

import io.micronaut.core.annotation.Nullable;
import se.samverka.platform.api.refusal.Refusal;
import se.samverka.platform.api.data.Texts;

import java.time.LocalDate;
import java.util.List;

/** What a user records about a meeting. */
public record MeetingDetails(MeetingStatus status,
                             LocalDate date,
                             List<String> attendeeFunctions,
                             @Nullable String minutes,
                             @Nullable String decisions) {

    /** A steering group, not an assembly: and the functions fit their column. */
    static final int MAX_FUNCTIONS = 50;

    public MeetingDetails {
        attendeeFunctions = attendeeFunctions == null ? List.of() : List.copyOf(attendeeFunctions);
    }

    public static MeetingDetails planned(LocalDate date, List<String> attendeeFunctions) {
        return new MeetingDetails(MeetingStatus.PLANNED, date, attendeeFunctions, null, null);
    }

    /** The details trimmed, or a refusal: a date is needed, and a meeting cannot have been held in the future. */
    MeetingDetails validated(LocalDate today) {
        if (status == null) {
            throw new Refusal(Texts.REQUIRED, Refusal.label("agreements.field.meeting-status"));
        }
        if (date == null) {
            throw new Refusal(Texts.REQUIRED, Refusal.label("agreements.field.meeting-date"));
        }
        if (status == MeetingStatus.HELD && date.isAfter(today)) {
            throw new Refusal("agreements.meeting.held-in-future", date).at("date");
        }
        if (attendeeFunctions.size() > MAX_FUNCTIONS) {
            throw new Refusal("agreements.meeting.too-many-functions", MAX_FUNCTIONS).at("attendeeFunctions");
        }
        return new MeetingDetails(status, date,
                attendeeFunctions.stream()
                        .map(function -> Texts.required("agreements.field.attendee-function", function, Texts.SHORT))
                        .map(function -> function.replace('\n', ' '))
                        .toList(),
                Texts.optional("agreements.field.minutes", minutes, Texts.LONG),
                Texts.optional("agreements.field.meeting-decisions", decisions, Texts.LONG));
    }
}
