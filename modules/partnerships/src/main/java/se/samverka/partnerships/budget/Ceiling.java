package se.samverka.partnerships.budget;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TenantId;
import io.micronaut.data.annotation.Version;
import io.micronaut.serde.annotation.Serdeable;
import se.samverka.partnerships.country.Region;
import se.samverka.partnerships.phase.PhaseKind;

import java.time.Instant;

/** ICLD's ceiling for a phase kind in a region, as the tenant keeps it (per phase for inception, per year otherwise). */
@Serdeable
@MappedEntity("partnerships_ceiling")
public record Ceiling(@Id @GeneratedValue @Nullable Long id,
                      @TenantId @Nullable String tenantId,
                      PhaseKind phaseKind,
                      Region region,
                      long amountSek,
                      Instant updatedAt,
                      String updatedBy,
                      @Version @Nullable Long version) {
}
