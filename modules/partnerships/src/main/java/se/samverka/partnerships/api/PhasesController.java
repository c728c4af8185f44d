package se.samverka.partnerships.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
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
import se.samverka.partnerships.budget.Actual;
import se.samverka.partnerships.budget.ActualDetails;
import se.samverka.partnerships.budget.BudgetLine;
import se.samverka.partnerships.budget.BudgetOverview;
import se.samverka.partnerships.budget.Budgets;
import se.samverka.partnerships.budget.Claim;
import se.samverka.partnerships.budget.CostCategory;
import se.samverka.partnerships.partnership.Partnerships;
import se.samverka.partnerships.phase.Phase;
import se.samverka.partnerships.phase.PhaseDetails;
import se.samverka.partnerships.phase.Phases;
import se.samverka.platform.api.http.Change;
import se.samverka.platform.api.i18n.Languages;
import se.samverka.platform.api.i18n.Translations;
import se.samverka.platform.api.refusal.RecordNotFound;

import java.time.LocalDate;
import java.util.List;

/** A partnership's phases and its money: budget lines, costs, reimbursement claims, the budget overview. */
@Controller("/api/v1/tenants/{tenant}/partnerships/{id}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Partnership phases and budget", description = "Phases, ICLD's decisions, budget against actuals (module partnerships)")
@ApiResponse(responseCode = "404", description = "The tenant, the module or the record is not there for you")
public class PhasesController {

    private final Phases phases;
    private final Budgets budgets;
    private final Partnerships partnerships;
    private final Translations translations;

    PhasesController(Phases phases, Budgets budgets, Partnerships partnerships, Translations translations) {
        this.phases = phases;
        this.budgets = budgets;
        this.partnerships = partnerships;
        this.translations = translations;
    }

    /** A phase as the API shows it, with ICLD's team recommendations it does not meet. */
    @Serdeable
    public record PhaseView(long id, PhaseDetails details, long version, List<Messages> warnings) {
    }

    /** A budget line to set: the version of the line when it exists. */
    @Serdeable
    public record LineChange(@Nullable Long version, int budgetYear, CostCategory category, long amountSek) {
    }

    /** A claim for reimbursement, or what came back of it. */
    @Serdeable
    public record ClaimChange(@Nullable Long version, @Nullable LocalDate on, long amountSek) {
    }

    @Get("/phases")
    @Operation(summary = "The partnership's phases in time order")
    public List<PhaseView> listPhases(String tenant, long id, HttpRequest<?> request) {
        return phases.of(id).stream().map(p -> view(p, request)).toList();
    }

    @Post("/phases")
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Add a phase (inception, project year, steering group, development, dissemination)")
    @ApiResponse(responseCode = "422", description = "Refused at a field, e.g. outside the partnership's period or overlapping")
    public PhaseView addPhase(String tenant, long id, @Body @NotNull Change<PhaseDetails> change, HttpRequest<?> request) {
        return view(phases.add(id, change.details()), request);
    }

    @Put("/phases/{phaseId}")
    @Operation(summary = "Change a phase, its application or ICLD's decision", description = "Send the version you read.")
    public PhaseView updatePhase(String tenant, long id, long phaseId, @Body @NotNull Change<PhaseDetails> change,
                                 HttpRequest<?> request) {
        phaseOf(id, phaseId);
        return view(phases.update(phaseId, change.version(), change.details()), request);
    }

    @Get("/budget")
    @Operation(summary = "Budget against actuals per phase, year and category, with ceilings and ineligible costs flagged")
    public BudgetOverview budget(String tenant, long id) {
        return budgets.overview(id, partnerships.require(id).countryCode());
    }

    @Put("/phases/{phaseId}/budget")
    @Operation(summary = "Set a line of the phase's approved budget (whole kronor)")
    public BudgetLine setBudgetLine(String tenant, long id, long phaseId, @Body @NotNull LineChange line) {
        phaseOf(id, phaseId);
        return budgets.setLine(phaseId, line.budgetYear(), line.category(), line.amountSek(), line.version());
    }

    @Get("/actuals")
    @Operation(summary = "The costs entered, by date")
    public List<Actual> listActuals(String tenant, long id) {
        return budgets.actuals(id);
    }

    @Post("/phases/{phaseId}/actuals")
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Enter a cost against a granted phase (kronor; the original currency and amount when paid abroad)")
    public Actual addActual(String tenant, long id, long phaseId, @Body @NotNull ActualDetails actual) {
        phaseOf(id, phaseId);
        return budgets.addActual(phaseId, actual);
    }

    @Delete("/actuals/{actualId}")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a cost entered by mistake")
    public void removeActual(String tenant, long id, long actualId) {
        partnerships.require(id);
        budgets.actuals(id).stream().filter(a -> a.id() == actualId).findFirst()
                .orElseThrow(() -> new RecordNotFound(Actual.RECORD_LABEL, actualId));
        budgets.removeActual(actualId);
    }

    @Post("/phases/{phaseId}/claims")
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Record a claim for reimbursement to ICLD")
    public Claim addClaim(String tenant, long id, long phaseId, @Body @NotNull ClaimChange claim) {
        phaseOf(id, phaseId);
        return budgets.claim(phaseId, claim.on(), claim.amountSek());
    }

    @Put("/phases/{phaseId}/claims/{claimId}")
    @Operation(summary = "Record what ICLD paid back on a claim", description = "Send the version you read.")
    public Claim receiveClaim(String tenant, long id, long phaseId, long claimId, @Body @NotNull ClaimChange received) {
        phaseOf(id, phaseId);
        return budgets.received(claimId, received.version(), received.on(), received.amountSek());
    }

    private Phase phaseOf(long partnershipId, long phaseId) {
        return phases.find(phaseId).filter(p -> p.partnershipId() == partnershipId)
                .orElseThrow(() -> new RecordNotFound(Phase.RECORD_LABEL, phaseId));
    }

    private PhaseView view(Phase p, HttpRequest<?> request) {
        return new PhaseView(p.id(), p.details(), p.version(), Messages.of(phases.warnings(p), translations, Languages.of(request)));
    }
}
