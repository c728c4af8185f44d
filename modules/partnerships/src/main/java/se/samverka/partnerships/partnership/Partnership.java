package se.samverka.partnerships.partnership;

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
import java.util.Set;

/** An international municipal partnership, e.g. Älmhult – Växjö – JB Marks Local Municipality. */
@Serdeable
@MappedEntity("partnerships_partnership")
public record Partnership(@Id @GeneratedValue @Nullable Long id,
                          @TenantId @Nullable String tenantId,
                          String title,
                          String countryCode,
                          @Nullable String thematicArea,
                          @MappedProperty(converter = CoreAreasConverter.class) Set<CoreArea> coreAreas,
                          PartnershipStatus status,
                          LocalDate startsOn,
                          @Nullable LocalDate endsOn,
                          @Nullable String icldReferences,
                          @MappedProperty(converter = IdsConverter.class) List<Long> foreignPartnerIds,
                          @MappedProperty(converter = se.samverka.platform.api.data.LinesConverter.class) List<String> swedishParties,
                          @MappedProperty(converter = ContactsConverter.class) List<Contact> contacts,
                          @Nullable String description,
                          Instant createdAt,
                          String createdBy,
                          Instant updatedAt,
                          String updatedBy,
                          @Version @Nullable Long version) implements EditedRecord {

    public static final String RECORD_TYPE = "partnership";
    public static final String RECORD_LABEL = "partnerships.record.partnership";

    public PartnershipDetails details() {
        return new PartnershipDetails(title, countryCode, thematicArea, coreAreas, status, startsOn, endsOn, icldReferences,
                foreignPartnerIds, swedishParties, contacts, description);
    }

    static Partnership create(PartnershipDetails d, Instant now, String actor) {
        return new Partnership(null, null, d.title(), d.countryCode(), d.thematicArea(), d.coreAreas(), d.status(), d.startsOn(),
                d.endsOn(), d.icldReferences(), d.foreignPartnerIds(), d.swedishParties(), d.contacts(), d.description(), now,
                actor, now, actor, null);
    }

    Partnership with(PartnershipDetails d, Instant now, String actor) {
        return new Partnership(id, tenantId, d.title(), d.countryCode(), d.thematicArea(), d.coreAreas(), d.status(), d.startsOn(),
                d.endsOn(), d.icldReferences(), d.foreignPartnerIds(), d.swedishParties(), d.contacts(), d.description(),
                createdAt, createdBy, now, actor, version);
    }
}
