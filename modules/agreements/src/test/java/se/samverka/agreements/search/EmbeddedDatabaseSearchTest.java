package se.samverka.agreements.search;

import org.junit.jupiter.api.Test;
import se.samverka.agreements.AgreementsModule;
import se.samverka.agreements.deadlines.DirectoryPortals;
import se.samverka.platform.api.search.SearchHit;
import se.samverka.platform.api.search.SearchWords;
import se.samverka.platform.core.search.SearchGroup;
import se.samverka.platform.core.search.TenantSearch;
import se.samverka.testkit.PortalTestServer;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default runs on H2 in MySQL mode: the search's hand-written queries of every kind must work
 * there too, Swedish letters included (on its demo data).
 */
class EmbeddedDatabaseSearchTest {

    @Test
    void everyKindIsSearchedOnTheEmbeddedDatabase() {
        try (PortalTestServer portal = PortalTestServer.start(PortalTestServer.repositoryTenantsWith(AgreementsModule.ID), Map.of(
                "samverka.demo-users.enabled", true,
                "datasources.default.url", "jdbc:h2:mem:search;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "datasources.default.username", "sa",
                "datasources.default.password", "",
                "datasources.default.driver-class-name", "org.h2.Driver"))) {
            assertThat(portal.context().getProperty("datasources.default.url", String.class)).get().asString().startsWith("jdbc:h2:");
            TenantSearch search = portal.bean(TenantSearch.class);

            List<SearchGroup> junis = DirectoryPortals.as(DirectoryPortals.officer("orust"), "orust", () -> search.search("Junis", 5));
            assertThat(junis).extracting(g -> g.kind().id()).contains("agreements:agreement", "platform:partners");
            assertThat(junis.get(0).hits()).extracting(SearchHit::title).anySatisfy(t -> assertThat(t).contains("Junis"));

            List<SearchGroup> swedish = DirectoryPortals.as(DirectoryPortals.officer("orust"), "orust",
                    () -> search.search("BEROENDEPROBLEMATIK stödgrupp", 5));
            assertThat(swedish).extracting(g -> g.kind().id()).contains("agreements:agreement");

            AgreementSearchSource source = portal.bean(AgreementSearchSource.class);
            for (var kind : source.kinds()) {
                DirectoryPortals.as(DirectoryPortals.officer("orust"), "orust",
                        () -> source.search(kind.id(), SearchWords.of("a b c"), 0, 5));
                DirectoryPortals.as(DirectoryPortals.officer("orust"), "orust",
                        () -> source.search(kind.id(), SearchWords.of("ö"), 5, 5));
            }
        }
    }
}
