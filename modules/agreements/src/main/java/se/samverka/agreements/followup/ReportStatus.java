package se.samverka.agreements.followup;

/** A report is submitted by the partner, then accepted by a case officer or returned with a comment. */
public enum ReportStatus {
    SUBMITTED,
    ACCEPTED,
    RETURNED
}
