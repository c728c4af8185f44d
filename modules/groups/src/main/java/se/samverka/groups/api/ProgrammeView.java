package se.samverka.groups.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import se.samverka.groups.programme.Programme;
import se.samverka.groups.programme.ProgrammeKind;
import se.samverka.groups.programme.TargetSituation;

import java.time.Instant;
import java.util.Set;

/** A programme as the API shows it; {@code agreement} is a record reference such as {@code agreements:agreement:12}. */
@Serdeable
public record ProgrammeView(long id, String name, @Nullable Long providerPartnerId, ProgrammeKind kind,
                            Set<TargetSituation> targetSituations, @Nullable Integer ageFrom, @Nullable Integer ageTo,
                            @Nullable String methodMaterial, @Nullable String description, @Nullable String agreement,
                            Instant updatedAt, String updatedBy, long version) {

    static ProgrammeView of(Programme p) {
        return new ProgrammeView(p.id(), p.name(), p.providerPartnerId(), p.kind(), p.targetSituations(), p.ageFrom(),
                p.ageTo(), p.methodMaterial(), p.description(), p.agreementRef(), p.updatedAt(), p.updatedBy(), p.version());
    }
}
