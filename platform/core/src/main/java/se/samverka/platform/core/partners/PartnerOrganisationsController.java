package se.samverka.platform.core.partners;

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
import se.samverka.platform.api.partners.PartnerRegister;
import se.samverka.platform.api.refusal.RecordNotFound;
import se.samverka.platform.api.refusal.Refusal;

/**
 * The tenant's register of partner organisations, a platform area beside modules and users. Staff see
 * the register, a partner user only their own organisation. The register was the agreements module's
 * until December 2026: its old address {@code /api/v1/tenants/{tenant}/agreements/partner-organisations}
 * still answers the same (while that module is enabled), deprecated.
 */
@Controller("/api/v1/tenants/{tenant}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Partner organisations", description = "The tenant's register of partner organisations, shared by every module")
@ApiResponse(responseCode = "404", description = "The tenant or the record is not there for you")
public class PartnerOrganisationsController {

    static final int MAX_PAGE_SIZE = 100;
    private static final String PATH = "/partner-organisations";
    private static final String OLD_PATH = "/agreements/partner-organisations";

    private final PartnerRegister partners;

    PartnerOrganisationsController(PartnerRegister partners) {
        this.partners = partners;
    }

    @Get(uris = {PATH + "{?page,size,q}", OLD_PATH + "{?page,size,q}"})
    @Operation(summary = "The partner organisations you may see, by name, one page")
    public ItemPage<PartnerView> listPartnerOrganisations(String tenant,
                                      @QueryValue(defaultValue = "0") @Min(0) int page,
                                      @QueryValue(defaultValue = "20") @Min(1) @Max(MAX_PAGE_SIZE) int size,
                                      @Nullable @QueryValue String q) {
        Pageable pageable = Pageable.from(page, size, Sort.of(Sort.Order.asc("name"), Sort.Order.asc("id")));
        return ItemPage.of(partners.search(q, pageable), PartnerView::of);
    }

    @Get(uris = {PATH + "/{id}", OLD_PATH + "/{id}"})
    @Operation(summary = "One partner organisation")
    public PartnerView getPartnerOrganisation(String tenant, long id) {
        return PartnerView.of(partners.find(id).orElseThrow(() -> new RecordNotFound(PartnerRegister.RECORD_LABEL, id)));
    }

    @Post(uris = {PATH, OLD_PATH})
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Register a partner organisation", description = "Case officers and tenant administrators.")
    @ApiResponse(responseCode = "422", description = "Refused, e.g. an invalid organisation number; field names the field")
    public PartnerView createPartnerOrganisation(String tenant, @Body @NotNull PartnerInput input) {
        return PartnerView.of(partners.create(input.details()));
    }

    @Put(uris = {PATH + "/{id}", OLD_PATH + "/{id}"})
    @Operation(summary = "Change a partner organisation's details", description = "Send the version you read.")
    @ApiResponse(responseCode = "409", description = "Someone changed the record after you read it: who and when")
    public PartnerView updatePartnerOrganisation(String tenant, long id, @Body @Valid @NotNull PartnerInput input) {
        partners.find(id).orElseThrow(() -> new RecordNotFound(PartnerRegister.RECORD_LABEL, id));
        if (input.version() == null) {
            throw new Refusal("refusal.version-required");
        }
        return PartnerView.of(partners.update(id, input.version(), input.details()));
    }
}
