package se.samverka.agreements.search;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samverka.agreements.TestAgreements;
import se.samverka.agreements.TestPortal;
import se.samverka.platform.api.search.SearchHit;
import se.samverka.platform.api.security.CurrentUser.PortalUser;
import se.samverka.platform.core.search.SearchGroup;
import se.samverka.platform.core.search.TenantSearch;
import se.samverka.platform.core.testing.MovableClock;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.agreements.TestPortal.TENANT_A;
import static se.samverka.agreements.TestPortal.TENANT_B;
import static se.samverka.agreements.TestPortal.TENANT_C;
import static se.samverka.agreements.TestPortal.as;
import static se.samverka.agreements.TestPortal.officer;
import static se.samverka.agreements.TestPortal.reader;

/**
 * The header's search over the agreements module on the real database: agreements by title, registry number
 * and texts, reports, minutes and documents by name, and the partner register, each with the module's sight.
 */
class AgreementSearchTest {

    static SearchRecords x;
    static SearchRecords y;
    static String shared;

    @BeforeAll
    static void twoOrganisationsAgreementsWithTheSameWord() {
        MovableClock.today(LocalDate.of(2025, 3, 1));
        shared = SearchRecords.uniqueWord("ord");
        x = SearchRecords.make(shared);
        y = SearchRecords.make(shared);
    }

    @AfterAll
    static void realTime() {
        MovableClock.reset();
    }

    static List<SearchGroup> search(PortalUser user, String tenant, String words) {
        return as(user, tenant, () -> TestPortal.bean(TenantSearch.class).search(words, 5));
    }

    static Map<String, List<String>> titles(List<SearchGroup> groups) {
        return groups.stream().collect(Collectors.toMap(g -> g.kind().id(),
                g -> g.hits().stream().map(SearchHit::title).toList()));
    }

    static String name(SearchRecords records) {
        return records.agreement().agreement().registryNumber() + " " + records.agreement().agreement().title();
    }

    @Test
    void staffFindTheAgreementsByTitleWithSwedishLettersAndTheBeginningOfAWord() {
        Map<String, List<String>> found = titles(search(reader(TENANT_A), TENANT_A, "förening " + shared));

        assertThat(found.get("agreements:agreement")).as("'förening' finds 'Föreningen'")
                .containsExactlyInAnyOrder(name(x), name(y));
        assertThat(titles(search(officer(TENANT_A), TENANT_A, "SOLROSENS " + shared)).get("agreements:agreement")).hasSize(2);
    }

    @Test
    void anAgreementIsFoundByItsRegistryNumberAndByItsTextsWithTheWordsAroundTheMatch() {
        String registry = x.agreement().agreement().registryNumber();
        assertThat(titles(search(officer(TENANT_A), TENANT_A, registry)).get("agreements:agreement")).contains(name(x));

        SearchGroup byText = search(officer(TENANT_A), TENANT_A, shared + "syfte").stream()
                .filter(g -> g.kind().id().equals("agreements:agreement")).findFirst().orElseThrow();
        assertThat(byText.hits()).hasSize(2).allSatisfy(hit -> {
            assertThat(hit.context()).contains("familjer med missbruk, " + shared + "syfte.");
            assertThat(hit.path()).startsWith("agreements/");
        });
    }

    @Test
    void reportsMinutesAndDocumentsAreFoundByTheirTextsAndNames() {
        Map<String, List<String>> reports = titles(search(officer(TENANT_A), TENANT_A, shared + "kvällar"));
        assertThat(reports.keySet()).containsExactly("agreements:report");
        assertThat(reports.get("agreements:report")).containsExactlyInAnyOrder(name(x), name(y));

        List<SearchGroup> minutes = search(officer(TENANT_A), TENANT_A, "vårens " + shared + "träffar");
        assertThat(minutes).extracting(g -> g.kind().id()).containsExactly("agreements:meeting");
        assertThat(minutes.get(0).hits()).allSatisfy(hit -> {
            assertThat(hit.date()).isEqualTo(LocalDate.of(2024, 3, 12));
            assertThat(hit.path()).endsWith("?tab=steering");
        });

        Map<String, List<String>> documents = titles(search(officer(TENANT_A), TENANT_A, "årsberättelse " + shared));
        assertThat(documents.get("agreements:document")).containsExactly("Årsberättelse " + shared + ".pdf",
                "Årsberättelse " + shared + ".pdf");
    }

    @Test
    void aPartnerUserFindsOnlyTheirOrganisationsRecordsAndNoRegister() {
        List<SearchGroup> groups = search(x.partnerUser(), TENANT_A, shared);

        assertThat(titles(groups).get("agreements:agreement")).containsExactly(name(x));
        assertThat(titles(search(x.partnerUser(), TENANT_A, shared + "kvällar")).get("agreements:report")).containsExactly(name(x));
        assertThat(titles(search(x.partnerUser(), TENANT_A, shared + "träffar")).get("agreements:meeting")).containsExactly(name(x));
        assertThat(search(x.partnerUser(), TENANT_A, "årsberättelse " + shared).get(0).hits())
                .extracting(SearchHit::context).containsExactly(name(x));
        assertThat(search(x.partnerUser(), TENANT_A, "förening " + x.alias())).extracting(g -> g.kind().id())
                .doesNotContain("platform:partners");
    }

    @Test
    void staffFindPartnerOrganisationsByName() {
        List<SearchGroup> groups = search(officer(TENANT_A), TENANT_A, "förening " + x.alias());

        SearchGroup partners = groups.stream().filter(g -> g.kind().id().equals("platform:partners")).findFirst().orElseThrow();
        assertThat(partners.hits()).extracting(SearchHit::title).containsExactly("Förening " + x.alias());
        assertThat(partners.hits().get(0).path()).startsWith("partners?q=F%C3%B6rening%20");
    }

    @Test
    void anotherTenantsRecordsAreNeverFoundNorThoseOfATenantWithoutTheModule() {
        assertThat(search(officer(TENANT_C), TENANT_C, shared)).isEmpty();
        assertThat(search(x.partnerUser(), TENANT_C, shared)).isEmpty();
        assertThat(search(officer(TENANT_B), TENANT_B, shared)).isEmpty();
    }

    @Test
    void eachKindIsPagedInTheDatabaseWithMoreUntilTheLastPage() {
        String word = SearchRecords.uniqueWord("sida");
        as(officer(TENANT_A), TENANT_A, () -> {
            long partner = TestAgreements.partner(TestAgreements.alias("p")).id();
            for (int i = 0; i < 7; i++) {
                TestPortal.bean(se.samverka.agreements.agreement.Agreements.class)
                        .createDraft(TestAgreements.terms(partner).withTitle("Avtal " + i + " " + word));
            }
        });
        TenantSearch search = TestPortal.bean(TenantSearch.class);

        SearchGroup first = search(officer(TENANT_A), TENANT_A, word).get(0);
        assertThat(first.hits()).extracting(hit -> hit.title().substring(hit.title().indexOf("Avtal")))
                .containsExactly("Avtal 0 " + word, "Avtal 1 " + word, "Avtal 2 " + word, "Avtal 3 " + word, "Avtal 4 " + word);
        assertThat(first.more()).isTrue();
        SearchGroup next = as(officer(TENANT_A), TENANT_A, () -> search.more(word, "agreements:agreement", 5, 5)).orElseThrow();
        assertThat(next.hits()).extracting(hit -> hit.title().substring(hit.title().indexOf("Avtal")))
                .containsExactly("Avtal 5 " + word, "Avtal 6 " + word);
        assertThat(next.more()).isFalse();
    }

    @Test
    void noWordsFindNothing() {
        assertThat(search(officer(TENANT_A), TENANT_A, "   ")).isEmpty();
        assertThat(search(officer(TENANT_A), TENANT_A, "inget-finns-" + shared + "-har")).isEmpty();
    }
}
