package se.samverka.platform.core.search;

import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import se.samverka.platform.api.partners.PartnerOrganisation;
import se.samverka.platform.api.partners.PartnerRegister;
import se.samverka.platform.api.search.PhraseSearchSource;
import se.samverka.platform.api.search.SearchHit;
import se.samverka.platform.api.search.SearchKind;
import se.samverka.platform.api.security.CurrentUser;
import se.samverka.platform.api.security.Roles;
import se.samverka.platform.core.partners.PartnersView;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The tenant's partner register as search finds it, by name. Staff only, as the register's view is: a partner
 * user finds their organisation through its agreements. A hit opens the register searched for the name.
 */
@Singleton
class PartnerSearchSource extends PhraseSearchSource<PartnerOrganisation> {

    static final SearchKind PARTNERS = new SearchKind("platform:partners", "search.kind.partners");

    private final PartnerRegister register;
    private final CurrentUser currentUser;

    PartnerSearchSource(PartnerRegister register, CurrentUser currentUser) {
        super(TenantSearch.PLATFORM, PARTNERS);
        this.register = register;
        this.currentUser = currentUser;
    }

    @Override
    protected List<PartnerOrganisation> first(String phrase, int count) {
        if (currentUser.get().map(user -> !user.hasAnyRole(Roles.STAFF)).orElse(true)) {
            return List.of();
        }
        return register.search(phrase, Pageable.from(0, count, Sort.of(Sort.Order.asc("name"), Sort.Order.asc("id")))).getContent();
    }

    @Override
    protected SearchHit hit(PartnerOrganisation partner) {
        return new SearchHit(partner.name(), partner.organisationNumber(),
                PartnersView.ROUTE + "?q=" + URLEncoder.encode(partner.name(), StandardCharsets.UTF_8).replace("+", "%20"), null);
    }
}
