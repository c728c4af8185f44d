package se.samverka.groups.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import se.samverka.groups.group.CancelReason;
import se.samverka.groups.group.GroupDetails;
import se.samverka.groups.group.GroupStatus;
import se.samverka.groups.group.SupportGroup;

/** A group as the API shows it, with the warning seed 003 asks for: no leader with the training. */
@Serdeable
public record GroupView(long id, long programmeId, GroupDetails details, GroupStatus status,
                        @Nullable CancelReason cancelReason, boolean trainedLeaderMissing, long version) {

    static GroupView of(SupportGroup g) {
        return new GroupView(g.id(), g.programmeId(), g.details(), g.status(), g.cancelReason(), !g.hasTrainedLeader(),
                g.version());
    }
}
