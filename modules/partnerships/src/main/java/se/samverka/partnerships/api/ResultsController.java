package se.samverka.partnerships.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotNull;
import se.samverka.partnerships.results.Indicator;
import se.samverka.partnerships.results.IndicatorDetails;
import se.samverka.partnerships.results.Result;
import se.samverka.partnerships.results.ResultLevel;
import se.samverka.partnerships.results.Results;
import se.samverka.platform.api.http.Change;
import se.samverka.platform.api.refusal.RecordNotFound;

/** A partnership's results framework (LFA) and its indicators. */
@Controller("/api/v1/tenants/{tenant}/partnerships/{id}/results")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Partnership results", description = "Goal, outcomes, outputs, activities and indicators (module partnerships)")
@ApiResponse(responseCode = "404", description = "The tenant, the module or the record is not there for you")
public class ResultsController {

    private final Results results;

    ResultsController(Results results) {
        this.results = results;
    }

    /** A statement to add under its parent (none for the goal). */
    @Serdeable
    public record Statement(ResultLevel level, @Nullable Long parentId, String text) {
    }

    @Get
    @Operation(summary = "The framework: statements in order and their indicators")
    public Results.Framework framework(String tenant, long id) {
        return results.of(id);
    }

    @Post
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Add a statement: the goal, or an outcome, output or activity under the level above")
    public Result addStatement(String tenant, long id, @Body @NotNull Statement statement) {
        return results.add(id, statement.level(), statement.parentId(), statement.text());
    }

    @Post("/indicators")
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Add an indicator to a statement: level, baseline, target, verification, actuals per year")
    public Indicator addIndicator(String tenant, long id, @Body @NotNull Change<IndicatorDetails> change) {
        return results.addIndicator(id, change.details());
    }

    @Put("/indicators/{indicatorId}")
    @Operation(summary = "Change an indicator or enter a year's actual", description = "Send the version you read.")
    public Indicator updateIndicator(String tenant, long id, long indicatorId, @Body @NotNull Change<IndicatorDetails> change) {
        Indicator current = results.requireIndicator(indicatorId);
        if (current.partnershipId() != id) {
            throw new RecordNotFound(Indicator.RECORD_LABEL, indicatorId);
        }
        return results.updateIndicator(indicatorId, change.version(), change.details());
    }
}
