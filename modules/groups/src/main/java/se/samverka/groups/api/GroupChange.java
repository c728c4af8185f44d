package se.samverka.groups.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import se.samverka.platform.api.http.Change;
import se.samverka.groups.group.CancelReason;
import se.samverka.groups.group.GroupDetails;
import se.samverka.groups.group.GroupStatus;

/** A group's details with the version they change (null when adding). */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
public record GroupChange(@Nullable Long version, GroupDetails details) {

    public GroupChange {
        Change.requireDetails(details);
    }

    /** A move along the group's course: {@code RUNNING}, {@code COMPLETED}, or {@code CANCELLED} with the reason. */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record Move(@Nullable Long version, GroupStatus status, @Nullable CancelReason cancelReason) {
    }
}
