package se.samverka.partnerships.visit;

/** Whether the foreign partners came here (inbound) or the Swedish side travelled (outbound). */
public enum Direction {
    INBOUND,
    OUTBOUND;

    public String labelKey() {
        return "partnerships.direction." + name();
    }
}
