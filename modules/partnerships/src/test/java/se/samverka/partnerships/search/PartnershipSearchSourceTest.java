package se.samverka.partnerships.search;

import org.junit.jupiter.api.Test;
import se.samverka.partnerships.Fixture;
import se.samverka.partnerships.TestPortal;
import se.samverka.partnerships.partnership.Partnership;
import se.samverka.platform.api.search.SearchHit;
import se.samverka.platform.core.search.SearchGroup;
import se.samverka.platform.core.search.TenantSearch;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.partnerships.TestPortal.ALMHULT;
import static se.samverka.partnerships.TestPortal.ORUST;
import static se.samverka.platform.core.testing.TestUsers.as;
import static se.samverka.platform.core.testing.TestUsers.officer;
import static se.samverka.platform.core.testing.TestUsers.partner;
import static se.samverka.platform.core.testing.TestUsers.reader;

/** Partnerships in the header's search: by title, the tenant's staff only, never another tenant's. */
class PartnershipSearchSourceTest {

    static List<SearchHit> partnerships(List<SearchGroup> groups) {
        return groups.stream().filter(g -> g.kind().id().equals("partnerships:partnership")).flatMap(g -> g.hits().stream()).toList();
    }

    @Test
    void staffFindAPartnershipByItsTitleAndNoOneElseDoes() {
        Partnership partnership = Fixture.inAlmhult().partnership();
        TenantSearch search = TestPortal.bean(TenantSearch.class);

        assertThat(partnerships(as(reader(ALMHULT), ALMHULT, () -> search.search(partnership.title(), 5))))
                .extracting(SearchHit::title, SearchHit::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(partnership.title(), "partnerships/" + partnership.id()));
        assertThat(partnerships(as(officer(ORUST), ORUST, () -> search.search(partnership.title(), 5)))).as("another tenant").isEmpty();
        assertThat(partnerships(as(partner("junis", ALMHULT), ALMHULT, () -> search.search(partnership.title(), 5))))
                .as("a partner organisation's user").isEmpty();
    }
}
