package se.samverka.agreements.followup;

/** Whether a partner reports a count ("Antal inskrivna barn och unga") or a short text ("Från vilken verksamhet ..."). */
public enum IndicatorKind {
    NUMBER,
    TEXT
}
