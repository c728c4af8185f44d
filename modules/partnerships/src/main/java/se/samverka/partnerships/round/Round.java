package se.samverka.partnerships.round;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TenantId;
import io.micronaut.data.annotation.Version;
import io.micronaut.serde.annotation.Serdeable;
import se.samverka.platform.api.data.Versioned;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** An application round the tenant follows, e.g. ICLD's call for project applications that closes on 1 October. */
@Serdeable
@MappedEntity("partnerships_round")
public record Round(@Id @GeneratedValue @Nullable Long id,
                    @TenantId @Nullable String tenantId,
                    String name,
                    LocalDate closesOn,
                    Instant updatedAt,
                    String updatedBy,
                    @Version @Nullable Long version) implements Versioned {

    public static final String RECORD_TYPE = "partnership-round";
    public static final String RECORD_LABEL = "partnerships.record.round";

    public RoundDetails details() {
        return new RoundDetails(name, closesOn);
    }

    @Override
    public Optional<String> lastEditor() {
        return Optional.of(updatedBy);
    }

    @Override
    public Optional<Instant> lastEdited() {
        return Optional.of(updatedAt);
    }
}
