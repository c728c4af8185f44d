package se.samverka.testkit.architecture.good.notes;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TenantId;
import io.micronaut.http.annotation.Controller;

/** A tenant's record in the module's table, served under the module's API. */
@MappedEntity("good_note")
@Controller("/api/v1/tenants/{tenant}/good/notes")
public record GoodNote(@Id Long id, @TenantId String tenantId, String text) {
}
