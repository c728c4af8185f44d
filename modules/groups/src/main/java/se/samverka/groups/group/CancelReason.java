package se.samverka.groups.group;

/** Why a group was cancelled; too few registrations is the common one. */
public enum CancelReason {
    TOO_FEW_REGISTRATIONS, NO_LEADER, NO_VENUE, OTHER;

    public String labelKey() {
        return "groups.cancel-reason." + name();
    }
}
