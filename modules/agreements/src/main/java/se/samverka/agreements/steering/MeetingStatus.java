package se.samverka.agreements.steering;

import java.time.LocalDate;

/** A steering-group meeting is planned, then held (with minutes) or cancelled. */
public enum MeetingStatus {
    PLANNED,
    HELD,
    CANCELLED;

    /**
     * Held meetings count towards the agreed minimum, and planned ones while their day has not passed: a meeting
     * still "planned" after its day was neither held nor recorded, so the shortfall stands until its minutes are.
     */
    public boolean countsOn(LocalDate meetingDate, LocalDate today) {
        return this == HELD || this == PLANNED && !meetingDate.isBefore(today);
    }
}
