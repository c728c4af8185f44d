package se.samverka.testmodules.alpha;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TenantId;
import io.micronaut.data.annotation.Version;
import io.micronaut.serde.annotation.Serdeable;

/** A tenant-owned record of the test module. */
@Serdeable
@MappedEntity("alpha_note")
public record Note(@Id @GeneratedValue Long id, @TenantId String tenantId, String text, @Version Long version) {
}
