package se.samverka.groups.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
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
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import se.samverka.groups.programme.ProgrammeSearch;
import se.samverka.groups.programme.Programmes;
import se.samverka.platform.api.http.ItemPage;

/** The tenant's programmes (verksamheter): staff see all, a partner organisation the ones it runs. */
@Controller("/api/v1/tenants/{tenant}/groups/programmes")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Programmes", description = "Support-group programmes and who runs them (module groups)")
@ApiResponse(responseCode = "404", description = "The tenant, the module or the record is not there for you")
public class ProgrammesController {

    static final int MAX_PAGE_SIZE = 100;

    private final Programmes programmes;

    ProgrammesController(Programmes programmes) {
        this.programmes = programmes;
    }

    @Get("{?page,size,provider,q}")
    @Operation(summary = "A page of the programmes you may see, by name")
    public ItemPage<ProgrammeView> listProgrammes(String tenant,
                                                  @QueryValue(defaultValue = "0") @Min(0) int page,
                                                  @QueryValue(defaultValue = "20") @Min(1) @Max(MAX_PAGE_SIZE) int size,
                                                  @Nullable @QueryValue Long provider,
                                                  @Nullable @QueryValue String q) {
        return ItemPage.of(programmes.search(new ProgrammeSearch(provider, q),
                Pageable.from(page, size, Sort.of(Sort.Order.asc("name")))), ProgrammeView::of);
    }

    @Get("/{id}")
    @Operation(summary = "A programme")
    public ProgrammeView getProgramme(String tenant, long id) {
        return ProgrammeView.of(programmes.require(id));
    }

    @Post
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Create a programme (case officers and administrators)")
    @ApiResponse(responseCode = "422", description = "Refused at a field, e.g. a name already used or an agreement you cannot see")
    public ProgrammeView createProgramme(String tenant, @Body @NotNull ProgrammeChange change) {
        return ProgrammeView.of(programmes.create(change.details()));
    }

    @Put("/{id}")
    @Operation(summary = "Change a programme", description = "Send the version you read.")
    @ApiResponse(responseCode = "409", description = "Someone changed the programme after you read it: who and when")
    public ProgrammeView updateProgramme(String tenant, long id, @Body @NotNull ProgrammeChange change) {
        return ProgrammeView.of(programmes.update(id, change.version(), change.details()));
    }
}
