package se.samverka.partnerships.phase;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.annotation.TenantId;
import io.micronaut.data.annotation.Version;
import io.micronaut.serde.annotation.Serdeable;
import se.samverka.platform.api.data.EditedRecord;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A phase of a partnership, e.g. the inception phase of spring 2020. */
@Serdeable
@MappedEntity("partnerships_phase")
public record Phase(@Id @GeneratedValue @Nullable Long id,
                    @TenantId @Nullable String tenantId,
                    long partnershipId,
                    PhaseKind kind,
                    @Nullable Integer projectYear,
                    LocalDate startsOn,
                    LocalDate endsOn,
                    PhaseStatus status,
                    @Nullable LocalDate appliedOn,
                    @Nullable Long grantedSek,
                    @Nullable LocalDate decidedOn,
                    @Nullable String decisionRef,
                    @MappedProperty(converter = TeamConverter.class) List<TeamMember> team,
                    Instant createdAt,
                    String createdBy,
                    Instant updatedAt,
                    String updatedBy,
                    @Version @Nullable Long version) implements EditedRecord {

    public static final String RECORD_TYPE = "partnership-phase";
    public static final String RECORD_LABEL = "partnerships.record.phase";

    public PhaseDetails details() {
        return new PhaseDetails(kind, projectYear, startsOn, endsOn, status, appliedOn, grantedSek, decidedOn, decisionRef, team);
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(startsOn) && !date.isAfter(endsOn);
    }

    static Phase create(long partnershipId, PhaseDetails d, Instant now, String actor) {
        return new Phase(null, null, partnershipId, d.kind(), d.projectYear(), d.startsOn(), d.endsOn(), d.status(), d.appliedOn(),
                d.grantedSek(), d.decidedOn(), d.decisionRef(), d.team(), now, actor, now, actor, null);
    }

    Phase with(PhaseDetails d, Instant now, String actor) {
        return new Phase(id, tenantId, partnershipId, d.kind(), d.projectYear(), d.startsOn(), d.endsOn(), d.status(), d.appliedOn(),
                d.grantedSek(), d.decidedOn(), d.decisionRef(), d.team(), createdAt, createdBy, now, actor, version);
    }
}
