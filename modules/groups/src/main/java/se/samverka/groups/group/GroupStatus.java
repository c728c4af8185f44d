package se.samverka.groups.group;

import java.util.Set;

/** A group's course: planned → running → completed, or cancelled (with a reason) before it completes. */
public enum GroupStatus {
    PLANNED, RUNNING, COMPLETED, CANCELLED;

    /** The statuses a group may move to from this one. */
    public Set<GroupStatus> next() {
        return switch (this) {
            case PLANNED -> Set.of(RUNNING, CANCELLED);
            case RUNNING -> Set.of(COMPLETED, CANCELLED);
            case COMPLETED, CANCELLED -> Set.of();
        };
    }

    public String labelKey() {
        return "groups.group-status." + name();
    }
}
