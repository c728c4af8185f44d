package se.samverka.partnerships.budget;

import io.micronaut.serde.annotation.Serdeable;
import se.samverka.partnerships.country.Region;
import se.samverka.partnerships.phase.PhaseKind;

/**
 * A ceiling as the tenant sees it: the phase kind, the region, the amount in kronor (per phase for inception,
 * per year otherwise) and whether the tenant set it itself or it is still the module's starting figure.
 */
@Serdeable
public record CeilingFigure(PhaseKind phaseKind, Region region, long amountSek, boolean setByTenant) {
}
