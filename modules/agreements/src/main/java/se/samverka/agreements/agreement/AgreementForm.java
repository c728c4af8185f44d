package se.samverka.agreements.agreement;

/** The legal form of an agreement. */
public enum AgreementForm {
    /** Idéburet offentligt partnerskap: a long-term partnership where both sides contribute. */
    IOP,
    /** Bidrag: a grant, as the annual support IOPs often replace. */
    GRANT,
    /** Any other form of agreement. */
    OTHER
}
