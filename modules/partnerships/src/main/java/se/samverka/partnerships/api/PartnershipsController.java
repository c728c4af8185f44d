package se.samverka.partnerships.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.HttpRequest;
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
import se.samverka.partnerships.country.EligibleCountries;
import se.samverka.partnerships.country.EligibleCountry;
import se.samverka.partnerships.partnership.CoreArea;
import se.samverka.partnerships.partnership.Partnership;
import se.samverka.partnerships.partnership.PartnershipDetails;
import se.samverka.partnerships.partnership.PartnershipSearch;
import se.samverka.partnerships.partnership.PartnershipStatus;
import se.samverka.partnerships.partnership.Partnerships;
import se.samverka.partnerships.phase.PhaseKind;
import se.samverka.platform.api.http.Change;
import se.samverka.platform.api.http.ItemPage;
import se.samverka.platform.api.i18n.Languages;
import se.samverka.platform.api.i18n.Translations;

import java.util.List;

/** The tenant's international partnerships (ICLD): staff only; the foreign side is a party without a login. */
@Controller("/api/v1/tenants/{tenant}/partnerships")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Partnerships", description = "International municipal partnerships financed through ICLD (module partnerships)")
@ApiResponse(responseCode = "404", description = "The tenant, the module or the record is not there for you")
public class PartnershipsController {

    static final int MAX_PAGE_SIZE = 100;

    private final Partnerships partnerships;
    private final EligibleCountries countries;
    private final Translations translations;

    PartnershipsController(Partnerships partnerships, EligibleCountries countries, Translations translations) {
        this.partnerships = partnerships;
        this.countries = countries;
        this.translations = translations;
    }

    @Get("{?page,size,status,ongoing,country,coreArea,phase,q}")
    @Operation(summary = "A page of the partnerships, by title, filtered by status (or only those not ended), country, core area, a phase kind, words")
    public ItemPage<PartnershipView> listPartnerships(String tenant, HttpRequest<?> request,
                                                      @QueryValue(defaultValue = "0") @Min(0) int page,
                                                      @QueryValue(defaultValue = "20") @Min(1) @Max(MAX_PAGE_SIZE) int size,
                                                      @Nullable @QueryValue PartnershipStatus status,
                                                      @QueryValue(defaultValue = "false") boolean ongoing,
                                                      @Nullable @QueryValue String country,
                                                      @Nullable @QueryValue CoreArea coreArea,
                                                      @Nullable @QueryValue PhaseKind phase,
                                                      @Nullable @QueryValue String q) {
        PartnershipSearch search = new PartnershipSearch(status, country, coreArea, phase == null ? null : phase.name(), q,
                ongoing);
        return ItemPage.of(partnerships.search(search, Pageable.from(page, size, Sort.of(Sort.Order.asc("title")))),
                p -> view(p, request));
    }

    @Get("/{id}")
    @Operation(summary = "A partnership, with what ICLD's rules would question")
    public PartnershipView getPartnership(String tenant, long id, HttpRequest<?> request) {
        return view(partnerships.require(id), request);
    }

    @Post
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Create a partnership (case officers and administrators)")
    @ApiResponse(responseCode = "422", description = "Refused at a field, e.g. a country not eligible on the start date")
    public PartnershipView createPartnership(String tenant, @Body @NotNull Change<PartnershipDetails> change,
                                             HttpRequest<?> request) {
        return view(partnerships.create(change.details()), request);
    }

    @Put("/{id}")
    @Operation(summary = "Change a partnership", description = "Send the version you read.")
    @ApiResponse(responseCode = "409", description = "Someone changed the partnership after you read it: who and when")
    public PartnershipView updatePartnership(String tenant, long id, @Body @NotNull Change<PartnershipDetails> change,
                                             HttpRequest<?> request) {
        return view(partnerships.update(id, change.version(), change.details()), request);
    }

    @Get("/countries")
    @Operation(summary = "ICLD's cooperation countries, with the dates each is or was eligible")
    public List<EligibleCountry> listCountries(String tenant) {
        return countries.all();
    }

    private PartnershipView view(Partnership p, HttpRequest<?> request) {
        return PartnershipView.of(p, Messages.of(partnerships.warnings(p), translations, Languages.of(request)));
    }
}
