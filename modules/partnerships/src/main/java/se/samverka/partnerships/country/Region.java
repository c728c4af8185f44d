package se.samverka.partnerships.country;

/** The regions ICLD sets its budget ceilings for. */
public enum Region {
    EUROPE,
    AFRICA_ASIA;

    public String labelKey() {
        return "partnerships.region." + name();
    }
}
