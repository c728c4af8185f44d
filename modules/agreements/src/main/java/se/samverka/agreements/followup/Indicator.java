package se.samverka.agreements.followup;

import se.samverka.platform.api.data.Versioned;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TenantId;
import io.micronaut.data.annotation.Version;

/**
 * A figure the partner reports every period, as the agreement's follow-up clause lists them. Counts
 * only: children are never registered by name, so no indicator asks for a person.
 */
@MappedEntity("agreements_indicator")
public record Indicator(@Id @GeneratedValue @Nullable Long id,
                        @TenantId @Nullable String tenantId,
                        long agreementId,
                        int position,
                        String name,
                        IndicatorKind kind,
                        @Version @Nullable Long version) implements Versioned {
}
