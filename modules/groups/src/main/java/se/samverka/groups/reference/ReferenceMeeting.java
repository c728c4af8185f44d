package se.samverka.groups.reference;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.annotation.TenantId;
import io.micronaut.data.annotation.Version;
import io.micronaut.serde.annotation.Serdeable;
import se.samverka.platform.api.data.EditedRecord;
import se.samverka.platform.api.data.LinesConverter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A meeting of a reference group: planned or held, how many were invited and came, which organisations, the minutes. */
@Serdeable
@MappedEntity("groups_reference_meeting")
public record ReferenceMeeting(@Id @GeneratedValue @Nullable Long id,
                               @TenantId @Nullable String tenantId,
                               long referenceGroupId,
                               LocalDate meetingDate,
                               Status status,
                               @Nullable Integer invited,
                               @Nullable Integer attending,
                               @MappedProperty(converter = LinesConverter.class) List<String> attendingOrganisations,
                               @Nullable String minutes,
                               Instant createdAt,
                               String createdBy,
                               Instant updatedAt,
                               String updatedBy,
                               @Version @Nullable Long version) implements EditedRecord {

    public static final String RECORD_TYPE = "reference-meeting";
    public static final String RECORD_LABEL = "groups.record.reference-meeting";

    /** Planned, held or cancelled. */
    public enum Status {
        PLANNED, HELD, CANCELLED;

        public String labelKey() {
            return "groups.meeting-status." + name();
        }
    }

    public Details details() {
        return new Details(meetingDate, status, invited, attending, attendingOrganisations, minutes);
    }

    /** What an officer says about a meeting. */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record Details(LocalDate date, Status status, @Nullable Integer invited, @Nullable Integer attending,
                          @Nullable List<String> attendingOrganisations, @Nullable String minutes) {
        public Details {
            attendingOrganisations = attendingOrganisations == null ? List.of() : List.copyOf(attendingOrganisations);
        }
    }
}
