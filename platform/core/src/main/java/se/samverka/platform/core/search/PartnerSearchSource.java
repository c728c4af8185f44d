package se.samverka.platform.core.search;

import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import se.samverka.platform.api.partners.PartnerOrganisation;
import se.samverka.platform.api.partners.PartnerRegister;
import se.samverka.platform.api.search.SearchHit;
import se.samverka.platform.api.search.SearchKind;
import se.samverka.platform.api.search.SearchSource;
import se.samverka.platform.api.search.SearchWords;
import se.samverka.platform.api.security.CurrentUser;
import se.samverka.platform.api.security.Roles;
import se.samverka.platform.core.partners.PartnersView;

import java.util.List;

/**
 * The tenant's partner register as search finds it, by name (the words as one phrase: a register's names
 * are short). Staff only, as the register's view is: a partner user finds their organisation through its
 * agreements.
 */
@Singleton
class PartnerSearchSource implements SearchSource {

    static final SearchKind PARTNERS = new SearchKind("platform:partners", "search.kind.partners");

    private final PartnerRegister register;
    private final CurrentUser currentUser;

    PartnerSearchSource(PartnerRegister register, CurrentUser currentUser) {
        this.register = register;
        this.currentUser = currentUser;
    }

    @Override
    public String moduleId() {
        return TenantSearch.PLATFORM;
    }

    @Override
    public List<SearchKind> kinds() {
        return List.of(PARTNERS);
    }

    @Override
    public List<SearchHit> search(String kind, SearchWords words, int offset, int limit) {
        if (!PARTNERS.id().equals(kind) || words.isEmpty() || limit <= 0
                || currentUser.get().map(user -> !user.hasAnyRole(Roles.STAFF)).orElse(true)) {
            return List.of();
        }
        // the register pages by page number, not offset: read up to the page's end (a register is a few
        // hundred names, and people seldom page far) and skip what was shown
        return register.search(words.text(), Pageable.from(0, offset + limit, Sort.of(Sort.Order.asc("name"), Sort.Order.asc("id"))))
                .getContent().stream().skip(offset).map(PartnerSearchSource::hit).toList();
    }

    private static SearchHit hit(PartnerOrganisation partner) {
        return new SearchHit(partner.name(), partner.organisationNumber(), PartnersView.ROUTE + "?q="
                + java.net.URLEncoder.encode(partner.name(), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"), null);
    }
}
