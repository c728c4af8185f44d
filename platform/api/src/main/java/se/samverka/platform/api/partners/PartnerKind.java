package se.samverka.platform.api.partners;

/** What kind of organisation a partner is; only Swedish ones have a Swedish organisation number. */
public enum PartnerKind {
    /** Ideell förening, e.g. Junis Göteborg och Bohusläns distrikt. */
    NON_PROFIT_ASSOCIATION,
    /** Stiftelse, e.g. Ericastiftelsen. */
    FOUNDATION,
    /** Another Swedish public body (a municipality, region or agency) taking part as a party. */
    PUBLIC_BODY,
    /** A local government abroad, e.g. JB Marks Local Municipality in an ICLD partnership. */
    FOREIGN_LOCAL_GOVERNMENT;

    public boolean isSwedish() {
        return this != FOREIGN_LOCAL_GOVERNMENT;
    }

    /** The message key of the kind's name. */
    public String labelKey() {
        return "partner-kind." + name();
    }
}
