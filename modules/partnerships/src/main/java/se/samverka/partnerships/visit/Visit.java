package se.samverka.partnerships.visit;

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

/** An exchange visit, e.g. four visitors from JB Marks to Älmhult in February 2020. */
@Serdeable
@MappedEntity("partnerships_visit")
public record Visit(@Id @GeneratedValue @Nullable Long id,
                    @TenantId @Nullable String tenantId,
                    long partnershipId,
                    long phaseId,
                    Direction direction,
                    LocalDate startsOn,
                    LocalDate endsOn,
                    String place,
                    @MappedProperty(converter = ParticipantsConverter.class) List<Participant> participants,
                    @Nullable String purpose,
                    @Nullable String report,
                    @Nullable String lessons,
                    Instant createdAt,
                    String createdBy,
                    Instant updatedAt,
                    String updatedBy,
                    @Version @Nullable Long version) implements EditedRecord {

    public static final String RECORD_TYPE = "partnership-visit";
    public static final String RECORD_LABEL = "partnerships.record.visit";

    public VisitDetails details() {
        return new VisitDetails(phaseId, direction, startsOn, endsOn, place, participants, purpose, report, lessons);
    }

    public int travellers() {
        return participants.stream().mapToInt(Participant::count).sum();
    }
}
