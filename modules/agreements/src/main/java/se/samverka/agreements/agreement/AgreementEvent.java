package se.samverka.agreements.agreement;

import io.micronaut.core.annotation.Nullable;
import se.samverka.agreements.lifecycle.AgreementStatus;

/**
 * Published inside the transaction of every change to an agreement, so that the features built on
 * agreements (history, follow-up) keep up without the agreement feature knowing them. Listeners
 * run synchronously: if one fails, the change rolls back with it.
 *
 * @param status the status after the change
 * @param reason the user's reason, for amendments and transitions that have one
 */
public record AgreementEvent(long agreementId, Kind kind, AgreementStatus status, int versionNumber,
                             @Nullable String reason) {

    /** What happened. */
    public enum Kind {
        CREATED,
        EDITED,
        STATUS_CHANGED,
        AMENDED,
        /** A draft nobody decided on is being deleted: what belongs to it elsewhere goes with it (same transaction). */
        DELETED
    }
}
