package se.samverka.agreements.agreement;

/**
 * How often the partner reports its figures. Periods follow the calendar ("varje halvårsskifte":
 * January–June and July–December), clipped to the agreement's period.
 */
public enum ReportingFrequency {
    QUARTERLY(3),
    HALF_YEARLY(6),
    YEARLY(12);

    private final int months;

    ReportingFrequency(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }
}
