package se.samverka.agreements.api;

import se.samverka.platform.api.http.ItemPage;
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
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import se.samverka.agreements.partner.PartnerOrganisations;
import se.samverka.platform.api.refusal.RecordNotFound;
import se.samverka.platform.api.refusal.Refusal;

/**
 * The tenant's register of partner organisations. Its own path segment
 * ({@code partner-organisations}, not {@code partners}) so that it can never be read as an
 * agreement's id. Staff see the register, a partner user only their own organisation.
 */
@Controller("/api/v1/tenants/{tenant}/agreements/partner-organisations")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Partner organisations", description = "The tenant's register of partner organisations (module agreements)")
@ApiResponse(responseCode = "404", description = "The tenant, the module or the record is not there for you")
public class PartnerOrganisationsController {

    private final PartnerOrganisations partners;

    PartnerOrganisationsController(PartnerOrganisations partners) {
        this.partners = partners;
    }

    @Get("{?page,size,q}")
    @Operation(summary = "The partner organisations you may see, by name, one page")
    public ItemPage<PartnerView> listPartnerOrganisations(String tenant,
                                      @QueryValue(defaultValue = "0") @Min(0) int page,
                                      @QueryValue(defaultValue = "20") @Min(1) @Max(AgreementsController.MAX_PAGE_SIZE) int size,
                                      @Nullable @QueryValue String q) {
        Pageable pageable = Pageable.from(page, size, Sort.of(Sort.Order.asc("name"), Sort.Order.asc("id")));
        return ItemPage.of(partners.search(q, pageable), PartnerView::of);
    }

    @Get("/{id}")
    @Operation(summary = "One partner organisation")
    public PartnerView getPartnerOrganisation(String tenant, long id) {
        return PartnerView.of(partners.find(id).orElseThrow(() -> new RecordNotFound("agreements.record.partner-organisation", id)));
    }

    @Post
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Register a partner organisation", description = "Case officers and tenant administrators.")
    @ApiResponse(responseCode = "422", description = "Refused, e.g. an invalid organisation number; field names the field")
    public PartnerView createPartnerOrganisation(String tenant, @Body @NotNull PartnerInput input) {
        return PartnerView.of(partners.create(input.details()));
    }

    @Put("/{id}")
    @Operation(summary = "Change a partner organisation's details", description = "Send the version you read.")
    @ApiResponse(responseCode = "409", description = "Someone changed the record after you read it: who and when")
    public PartnerView updatePartnerOrganisation(String tenant, long id, @Body @Valid @NotNull PartnerInput input) {
        partners.find(id).orElseThrow(() -> new RecordNotFound("agreements.record.partner-organisation", id));
        if (input.version() == null) {
            throw new Refusal("agreements.api.version-required");
        }
        return PartnerView.of(partners.update(id, input.version(), input.details()));
    }
}
