package se.samverka.partnerships.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotNull;
import se.samverka.partnerships.budget.CeilingFigure;
import se.samverka.partnerships.budget.Ceilings;
import se.samverka.partnerships.country.Region;
import se.samverka.partnerships.phase.PhaseKind;

import java.util.List;

/** ICLD's budget ceilings as the tenant keeps them: the staff read them, the tenant administrator sets them. */
@Controller("/api/v1/tenants/{tenant}/partnerships/ceilings")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Partnership ceilings", description = "ICLD's budget ceilings per phase kind and region, tenant-kept (module partnerships)")
@ApiResponse(responseCode = "404", description = "The tenant or the module is not there for you")
public class CeilingsController {

    /** The body of a change: the new amount in kronor. */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record CeilingAmount(@Nullable Long amountSek) {
    }

    private final Ceilings ceilings;

    CeilingsController(Ceilings ceilings) {
        this.ceilings = ceilings;
    }

    @Get
    @Operation(summary = "Every ceiling by phase kind and region, and whether the tenant set it or it is the starting figure")
    public List<CeilingFigure> listCeilings(String tenant) {
        return ceilings.figures();
    }

    @Put("/{phaseKind}/{region}")
    @Operation(summary = "Set a ceiling (tenant administrators): kronor per phase for inception, per year otherwise")
    @ApiResponse(responseCode = "403", description = "Only the tenant's administrator sets ceilings")
    public CeilingFigure setCeiling(String tenant, PhaseKind phaseKind, Region region, @Body @NotNull CeilingAmount amount) {
        ceilings.set(phaseKind, region, amount.amountSek());
        return ceilings.figures().stream().filter(f -> f.phaseKind() == phaseKind && f.region() == region).findFirst().orElseThrow();
    }
}
