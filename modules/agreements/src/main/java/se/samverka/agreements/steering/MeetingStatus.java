package se.samverka.agreements.steering;

/** A steering-group meeting is planned, then held (with minutes) or cancelled. */
public enum MeetingStatus {
    PLANNED,
    HELD,
    CANCELLED;

    /** Planned and held meetings count towards the agreed minimum; cancelled ones do not. */
    public boolean counts() {
        return this != CANCELLED;
    }
}
