package se.samverka.agreements.lifecycle;

/**
 * Where an agreement is in its life: a draft is proposed for decision (förslag till beslut), decided
 * (beslut), signed and active within its period, and finally ended or terminated (hävd).
 */
public enum AgreementStatus {
    DRAFT,
    PROPOSED,
    DECIDED,
    ACTIVE,
    ENDED,
    TERMINATED;

    /** Before the decision the text is work in progress: it is edited in place. */
    public boolean isEditable() {
        return this == DRAFT || this == PROPOSED;
    }

    /** After the decision the text is binding: it changes only by an amendment, which makes a new version. */
    public boolean isAmendable() {
        return this == DECIDED || this == ACTIVE;
    }

    /** Decided and not yet over: steering group and follow-up are running. */
    public boolean isInForce() {
        return this == DECIDED || this == ACTIVE;
    }

    public boolean isClosed() {
        return this == ENDED || this == TERMINATED;
    }

    /** The message key of the status's name. */
    public String labelKey() {
        return "agreements.status." + name();
    }
}
