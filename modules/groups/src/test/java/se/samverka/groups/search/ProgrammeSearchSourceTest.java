package se.samverka.groups.search;

import org.junit.jupiter.api.Test;
import se.samverka.groups.TestGroups;
import se.samverka.groups.TestPortal;
import se.samverka.groups.programme.Programme;
import se.samverka.groups.programme.Programmes;
import se.samverka.platform.api.search.SearchHit;
import se.samverka.platform.core.search.SearchGroup;
import se.samverka.platform.core.search.TenantSearch;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.groups.TestPortal.ORUST;
import static se.samverka.groups.TestPortal.REGION;
import static se.samverka.platform.core.testing.TestUsers.as;
import static se.samverka.platform.core.testing.TestUsers.officer;
import static se.samverka.platform.core.testing.TestUsers.partner;
import static se.samverka.platform.core.testing.TestUsers.reader;

/** Programmes in the header's search: by name, with the module's sight, never another tenant's. */
class ProgrammeSearchSourceTest {

    static List<SearchHit> programmes(List<SearchGroup> groups) {
        return groups.stream().filter(g -> g.kind().id().equals("groups:programme")).flatMap(g -> g.hits().stream()).toList();
    }

    @Test
    void staffFindProgrammesByNameAndAProviderOnlyItsOwn() {
        String junis = TestPortal.alias("junis");
        String varsol = TestPortal.alias("varsol");
        Programme[] made = as(officer(REGION), REGION, () -> new Programme[]{
                TestPortal.bean(Programmes.class).create(TestGroups.programme("Stödgrupp Sökbar " + junis, TestPortal.partner(junis).id())),
                TestPortal.bean(Programmes.class).create(TestGroups.programme("Stödgrupp Sökbar " + varsol, TestPortal.partner(varsol).id()))});
        TenantSearch search = TestPortal.bean(TenantSearch.class);

        assertThat(programmes(as(reader(REGION), REGION, () -> search.search("stödgrupp sökbar " + junis, 5))))
                .extracting(SearchHit::title, SearchHit::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(made[0].name(), "groups/" + made[0].id()));
        assertThat(programmes(as(partner(junis, REGION), REGION, () -> search.search("stödgrupp sökbar", 50))))
                .extracting(SearchHit::title).contains(made[0].name()).doesNotContain(made[1].name());
        assertThat(programmes(as(officer(ORUST), ORUST, () -> search.search("stödgrupp sökbar " + junis, 5)))).as("another tenant").isEmpty();
    }
}
