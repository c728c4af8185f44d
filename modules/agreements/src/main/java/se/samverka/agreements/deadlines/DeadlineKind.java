package se.samverka.agreements.deadlines;

/** What comes due in an agreement. */
public enum DeadlineKind {
    /** Renewal talks must start: the period's end minus the renewal notice. */
    RENEWAL_TALKS,
    /** A reporting period's report is due and has not been submitted (or was returned). */
    REPORT_DUE,
    /** The agreement's period ends. */
    AGREEMENT_END,
    /** Fewer steering-group meetings held or planned this year than agreed, by 1 October. */
    MEETING_SHORTFALL;

    public String labelKey() {
        return "agreements.deadline.kind." + name();
    }
}
