package se.samverka.partnerships.phase;

/** ICLD's components of a partnership. */
public enum PhaseKind {
    /** Förberedelse / utvecklingsprojekt: about a year, about two visits, ending in a project application. */
    INCEPTION,
    /** A project year (1–3 years, applied for and reported year by year). */
    PROJECT,
    /** The politicians' steering group, yearly. */
    STEERING_GROUP,
    /** Development or expansion. */
    DEVELOPMENT,
    /** Dissemination of what was learnt. */
    DISSEMINATION;

    public String labelKey() {
        return "partnerships.phase-kind." + name();
    }
}
