package se.samverka.agreements.deadlines;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;

/** One row of the deadline queries; {@code partnerAlias} only in the reminder query's report rows. */
@Introspected
record DeadlineRow(String kind, long agreementId, @Nullable String registryNumber, String title, LocalDate dueDate,
                   @Nullable String detail, @Nullable String partnerAlias) {

    Deadline toDeadline() {
        return new Deadline(DeadlineKind.valueOf(kind), agreementId, registryNumber, title, dueDate, detail);
    }
}
