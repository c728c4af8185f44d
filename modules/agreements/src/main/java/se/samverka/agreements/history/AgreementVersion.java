package se.samverka.agreements.history;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TenantId;
import se.samverka.agreements.lifecycle.AgreementStatus;
import se.samverka.agreements.lifecycle.Decision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One version of an agreement as it was decided or amended, never changed afterwards: the terms as
 * JSON ({@code snapshot}), the decision behind the version and why it was made.
 *
 * @param reason the amendment's reason; empty for the decided original (version 1)
 */
@MappedEntity("agreements_version")
public record AgreementVersion(@Id @GeneratedValue @Nullable Long id,
                               @TenantId @Nullable String tenantId,
                               long agreementId,
                               int versionNumber,
                               AgreementStatus status,
                               @Nullable String decisionBody,
                               @Nullable LocalDate decisionDate,
                               @Nullable String decisionRegistryNumber,
                               @Nullable String reason,
                               Instant recordedAt,
                               String recordedBy,
                               String snapshot) {

    public Optional<Decision> decision() {
        return decisionDate == null ? Optional.empty()
                : Optional.of(new Decision(decisionBody, decisionDate, decisionRegistryNumber));
    }
}
