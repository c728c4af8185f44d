package se.samverka.agreements.api;

import io.micronaut.core.annotation.Nullable;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import se.samverka.agreements.agreement.Agreement;
import se.samverka.agreements.agreement.AgreementForm;
import se.samverka.agreements.lifecycle.AgreementStatus;

import java.time.Instant;
import java.time.LocalDate;

/** One row of the agreements list. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AgreementSummary(long id, @Nullable String registryNumber, String title, AgreementForm form,
                               AgreementStatus status, @Nullable LocalDate periodStart, @Nullable LocalDate periodEnd,
                               @Nullable LocalDate renewalTalksStart, int versionNumber, Instant updatedAt,
                               long version) {

    static AgreementSummary of(Agreement a) {
        return new AgreementSummary(a.id(), a.registryNumber(), a.title(), a.form(), a.status(), a.periodStart(),
                a.periodEnd(), a.renewalTalksStart(), a.versionNumber(), a.updatedAt(), a.version());
    }
}
