package se.samverka.groups.programme;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.annotation.TenantId;
import io.micronaut.data.annotation.Version;
import io.micronaut.serde.annotation.Serdeable;
import se.samverka.platform.api.data.EditedRecord;
import se.samverka.platform.api.links.RecordReference;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** A programme (verksamhet) whose groups a provider runs, e.g. Klubb BUSA run by Junis. */
@Serdeable
@MappedEntity("groups_programme")
public record Programme(@Id @GeneratedValue @Nullable Long id,
                        @TenantId @Nullable String tenantId,
                        String name,
                        @Nullable Long providerPartnerId,
                        ProgrammeKind kind,
                        @MappedProperty(converter = SituationsConverter.class) Set<TargetSituation> targetSituations,
                        @Nullable Integer ageFrom,
                        @Nullable Integer ageTo,
                        @Nullable String methodMaterial,
                        @Nullable String description,
                        @Nullable String agreementRef,
                        Instant createdAt,
                        String createdBy,
                        Instant updatedAt,
                        String updatedBy,
                        @Version @Nullable Long version) implements EditedRecord {

    public static final String RECORD_TYPE = "programme";
    public static final String RECORD_LABEL = "groups.record.programme";

    public ProgrammeDetails details() {
        return new ProgrammeDetails(name, providerPartnerId, kind, targetSituations, ageFrom, ageTo, methodMaterial,
                description, agreementRef);
    }

    public Optional<RecordReference> agreement() {
        return RecordReference.parse(agreementRef);
    }

    static Programme create(ProgrammeDetails d, Instant now, String actor) {
        return new Programme(null, null, d.name(), d.providerPartnerId(), d.kind(), d.targetSituations(), d.ageFrom(),
                d.ageTo(), d.methodMaterial(), d.description(), d.agreement(), now, actor, now, actor, null);
    }

    Programme with(ProgrammeDetails d, Instant now, String actor) {
        return new Programme(id, tenantId, d.name(), d.providerPartnerId(), d.kind(), d.targetSituations(), d.ageFrom(),
                d.ageTo(), d.methodMaterial(), d.description(), d.agreement(), createdAt, createdBy, now, actor, version);
    }
}
