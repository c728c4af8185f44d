package se.samverka.partnerships.partnership;

/** Where a partnership stands: exploring → inception → project → ended (forward only). */
public enum PartnershipStatus {
    EXPLORING,
    INCEPTION,
    PROJECT,
    ENDED;

    public String labelKey() {
        return "partnerships.status." + name();
    }
}
