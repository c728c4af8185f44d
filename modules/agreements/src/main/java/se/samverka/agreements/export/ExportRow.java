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

    /** The message keys of the columns, in order. */
    static final List<String> COLUMNS = List.of("agreements.field.registry-number", "agreements.field.title",
            "agreements.field.form", "agreements.export.status", "agreements.export.partners",
            "agreements.export.period-start", "agreements.export.period-end", "agreements.export.renewal-talks-start",
            "agreements.export.decision-date", "agreements.export.contributions");
}
