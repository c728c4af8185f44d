package se.samverka.partnerships.partnership;

/** ICLD's four core areas of local democracy; a partnership addresses at least one. */
public enum CoreArea {
    /** Jämlik/rättvis och inkluderande behandling. */
    EQUAL_TREATMENT,
    /** Deltagande och delaktighet. */
    PARTICIPATION,
    /** Transparens och insynsmöjligheter. */
    TRANSPARENCY,
    /** Möjlighet till ansvarsutkrävande. */
    ACCOUNTABILITY;

    public String labelKey() {
        return "partnerships.core-area." + name();
    }
}
