package se.samverka.agreements.api;

import se.samverka.platform.api.http.ItemPage;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import se.samverka.agreements.agreement.AgreementDetails;
import se.samverka.agreements.agreement.AgreementSearch;
import se.samverka.agreements.agreement.AgreementTerms;
import se.samverka.agreements.agreement.Agreements;
import se.samverka.agreements.agreement.Amendment;
import se.samverka.agreements.history.AgreementHistory;
import se.samverka.agreements.lifecycle.AgreementStatus;
import se.samverka.platform.api.refusal.RecordNotFound;
import se.samverka.agreements.steering.SteeringMeetings;

import java.time.LocalDate;
import java.util.List;

/**
 * Agreements: the list, one agreement, a new draft, edits, lifecycle moves, amendments and the
 * history. Optimistic locking: every change sends the {@code version} it read in its body; a newer
 * one answers 409 naming who changed the agreement and when.
 */
@Controller("/api/v1/tenants/{tenant}/agreements")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Agreements", description = "IOP partnership agreements from draft to end (module agreements)")
@ApiResponse(responseCode = "404", description = "The tenant, the module or the record is not there for you")
public class AgreementsController {

    static final int MAX_PAGE_SIZE = 100;

    private final Agreements agreements;
    private final AgreementHistory history;
    private final SteeringMeetings meetings;
    private final VisibleAgreements visible;

    AgreementsController(Agreements agreements, AgreementHistory history, SteeringMeetings meetings,
                         VisibleAgreements visible) {
        this.agreements = agreements;
        this.history = history;
        this.meetings = meetings;
        this.visible = visible;
    }

    @Get("{?page,size,sort,status,partner,from,to,q}")
    @Operation(summary = "The agreements you may see, one page",
            description = "Staff see the tenant's agreements, a partner user those their organisation is party to. "
                    + "sort: title, registryNumber, status, periodStart, periodEnd, renewalTalksStart or updatedAt, "
                    + "optionally followed by ',desc'. from/to: agreements whose period overlaps these dates. "
                    + "q: words of the title, the registry number or a party's name.")
    public ItemPage<AgreementSummary> listAgreements(String tenant,
                                           @QueryValue(defaultValue = "0") @Min(0) int page,
                                           @QueryValue(defaultValue = "20") @Min(1) @Max(MAX_PAGE_SIZE) int size,
                                           @Nullable @QueryValue String sort,
                                           @Nullable @QueryValue AgreementStatus status,
                                           @Nullable @QueryValue Long partner,
                                           @Nullable @QueryValue LocalDate from,
                                           @Nullable @QueryValue LocalDate to,
                                           @Nullable @QueryValue String q) {
        Pageable pageable = Pageable.from(page, size, ListSort.parse(sort));
        return ItemPage.of(agreements.search(new AgreementSearch(status, partner, from, to, q), pageable),
                AgreementSummary::of);
    }

    @Get("/{id}")
    @Operation(summary = "One agreement with all its terms")
    public AgreementView getAgreement(String tenant, long id) {
        return view(agreements.details(id).orElseThrow(() -> new RecordNotFound("agreements.record.agreement", id)));
    }

    @Post
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Create a draft agreement", description = "Case officers and tenant administrators.")
    @ApiResponse(responseCode = "201", description = "The new draft")
    @ApiResponse(responseCode = "422", description = "The terms are refused; detail says why, field names the field")
    public AgreementView createAgreement(String tenant, @Body @NotNull AgreementTerms terms) {
        return view(agreements.createDraft(terms));
    }

    @Put("/{id}")
    @Operation(summary = "Change a draft's or proposal's terms",
            description = "Send the version you read; a decided agreement changes by an amendment.")
    @ApiResponse(responseCode = "409", description = "Someone changed the agreement after you read it: who and when")
    public AgreementView editAgreement(String tenant, long id, @Body @Valid AgreementChange change) {
        visible.require(id);
        return view(agreements.edit(id, change.version(), change.terms()));
    }

    @Post("/{id}/transitions")
    @Operation(summary = "Move the agreement to another status",
            description = "DRAFT→PROPOSED→DECIDED (with decision)→ACTIVE→ENDED; PROPOSED→DRAFT; "
                    + "DECIDED/ACTIVE→TERMINATED (with reason).")
    @ApiResponse(responseCode = "422", description = "The transition is not allowed now; detail says why")
    public AgreementView transitionAgreement(String tenant, long id, @Body @Valid TransitionRequest request) {
        visible.require(id);
        return view(agreements.transition(id, request.version(), request.status(), request.decision(), request.reason()));
    }

    @Post("/{id}/amendments")
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Amend a decided or active agreement", description = "Makes the next version; the earlier stay in the history.")
    public AgreementView amendAgreement(String tenant, long id, @Body @Valid AmendmentRequest request) {
        visible.require(id);
        return view(agreements.amend(id, request.version(),
                new Amendment(request.terms(), request.reason(), request.decision())));
    }

    @Get("/{id}/status-changes")
    @Operation(summary = "The agreement's lifecycle so far, oldest first")
    public List<StatusChangeView> listStatusChanges(String tenant, long id) {
        visible.require(id);
        return agreements.statusChanges(id).stream().map(StatusChangeView::of).toList();
    }

    @Get("/{id}/versions")
    @Operation(summary = "The agreement's decided versions, oldest first")
    public List<VersionView> listVersions(String tenant, long id) {
        visible.require(id);
        return history.versions(id).stream().map(VersionView::of).toList();
    }

    @Get("/{id}/versions/{a}/differences/{b}")
    @Operation(summary = "What differs between two versions of the agreement")
    public List<VersionView.DifferenceView> compareVersions(String tenant, long id,
                                                        @Parameter(description = "one version number") int a,
                                                        @Parameter(description = "the other version number") int b) {
        visible.require(id);
        return history.differences(id, a, b).stream().map(VersionView.DifferenceView::of).toList();
    }

    private AgreementView view(AgreementDetails details) {
        return AgreementView.of(details, meetings.shortfalls(details.id()));
    }
}
