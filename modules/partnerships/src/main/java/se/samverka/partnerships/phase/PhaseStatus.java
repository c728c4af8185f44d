package se.samverka.partnerships.phase;

/** Where a phase stands with ICLD: planned, applied, granted or rejected, running, reported, closed. */
public enum PhaseStatus {
    PLANNED,
    APPLIED,
    GRANTED,
    REJECTED,
    RUNNING,
    REPORTED,
    CLOSED;

    public String labelKey() {
        return "partnerships.phase-status." + name();
    }

    /** Whether ICLD granted the phase's money (costs may be entered against it). */
    public boolean isGranted() {
        return this == GRANTED || this == RUNNING || this == REPORTED || this == CLOSED;
    }
}
