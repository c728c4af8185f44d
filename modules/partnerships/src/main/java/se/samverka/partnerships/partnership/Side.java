package se.samverka.partnerships.partnership;

/** Which side of a partnership someone is on: the Swedish partners or the cooperation country's. */
public enum Side {
    SWEDISH,
    FOREIGN;

    public String labelKey() {
        return "partnerships.side." + name();
    }
}
