package se.samverka.agreements.deadlines;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/** A report waiting for someone: its agreement, its period and, once returned, the officer's comment. */
@Introspected
record ReportRow(long agreementId, @Nullable String registryNumber, String title, String label, LocalDate dueOn,
                 Instant submittedAt, @Nullable Instant reviewedAt, @Nullable String reviewComment) {

    String name() {
        return registryNumber == null || registryNumber.isBlank() ? title : registryNumber + " " + title;
    }
}
