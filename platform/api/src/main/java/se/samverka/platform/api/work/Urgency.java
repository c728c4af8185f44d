package se.samverka.platform.api.work;

/** How soon an item of work needs doing, most urgent first: the order "My work" shows them in. */
public enum Urgency {
    /** Its date has passed. */
    OVERDUE,
    /** Waiting for the user now, with no date passed yet (e.g. a report to review). */
    WAITING,
    /** Due within {@link WorkSource#SOON_DAYS} days. */
    DUE_SOON
}
