package se.samverka.agreements.export;

import io.micronaut.core.annotation.Nullable;
import se.samverka.agreements.agreement.AgreementForm;
import se.samverka.agreements.lifecycle.AgreementStatus;

import java.time.LocalDate;
import java.util.List;

/** One agreement as a row of the CSV and Excel exports. */
record ExportRow(@Nullable String registryNumber, String title, AgreementForm form, AgreementStatus status,
                 List<String> partners, @Nullable LocalDate periodStart, @Nullable LocalDate periodEnd,
                 @Nullable LocalDate renewalTalksStart, @Nullable LocalDate decisionDate, long contributionsSek) {
}
