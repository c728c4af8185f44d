package se.samverka.groups.followup;

/** A half-year's follow-up: filled in (draft), sent (submitted), then accepted or returned for correction. */
public enum FollowUpStatus {
    DRAFT, SUBMITTED, ACCEPTED, RETURNED;

    /** Whether its figures can still be changed by who reports them. */
    public boolean isOpen() {
        return this == DRAFT || this == RETURNED;
    }

    public String labelKey() {
        return "groups.follow-up-status." + name();
    }
}
