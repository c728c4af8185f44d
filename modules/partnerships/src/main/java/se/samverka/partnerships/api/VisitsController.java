package se.samverka.partnerships.api;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotNull;
import se.samverka.partnerships.visit.Visit;
import se.samverka.partnerships.visit.VisitDetails;
import se.samverka.partnerships.visit.Visits;
import se.samverka.platform.api.http.Change;
import se.samverka.platform.api.refusal.RecordNotFound;

import java.util.List;

/** A partnership's exchange visits. */
@Controller("/api/v1/tenants/{tenant}/partnerships/{id}/visits")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Partnership visits", description = "Exchange visits, inbound and outbound (module partnerships)")
@ApiResponse(responseCode = "404", description = "The tenant, the module or the record is not there for you")
public class VisitsController {

    private final Visits visits;

    VisitsController(Visits visits) {
        this.visits = visits;
    }

    @Get
    @Operation(summary = "The partnership's visits by date")
    public List<Visit> listVisits(String tenant, long id) {
        return visits.of(id);
    }

    @Post
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Log a visit: phase, direction, dates within the phase, place, participants by side and function")
    public Visit addVisit(String tenant, long id, @Body @NotNull Change<VisitDetails> change) {
        return visits.add(id, change.details());
    }

    @Put("/{visitId}")
    @Operation(summary = "Change a visit or write its report", description = "Send the version you read.")
    public Visit updateVisit(String tenant, long id, long visitId, @Body @NotNull Change<VisitDetails> change) {
        visits.find(visitId).filter(v -> v.partnershipId() == id).orElseThrow(() -> new RecordNotFound(Visit.RECORD_LABEL, visitId));
        return visits.update(visitId, change.version(), change.details());
    }
}
