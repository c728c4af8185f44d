package se.samverka.agreements.api;

import io.micronaut.core.annotation.Nullable;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import se.samverka.agreements.agreement.StatusChange;
import se.samverka.agreements.lifecycle.AgreementStatus;

import java.time.Instant;

/** One step of an agreement's lifecycle. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record StatusChangeView(AgreementStatus from, AgreementStatus to, Instant changedAt, String changedBy,
                               @Nullable String reason) {

    static StatusChangeView of(StatusChange change) {
        return new StatusChangeView(change.fromStatus(), change.toStatus(), change.changedAt(), change.changedBy(),
                change.reason());
    }
}
