package se.samverka.partnerships.links;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samverka.partnerships.Fixture;
import se.samverka.partnerships.TestPortal;
import se.samverka.partnerships.partnership.Partnership;
import se.samverka.platform.api.links.LinkedRecord;
import se.samverka.platform.api.links.RecordDirectory;
import se.samverka.platform.api.links.RecordReference;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.partnerships.TestPortal.ALMHULT;
import static se.samverka.partnerships.TestPortal.ORUST;
import static se.samverka.platform.core.testing.TestUsers.as;
import static se.samverka.platform.core.testing.TestUsers.officer;
import static se.samverka.platform.core.testing.TestUsers.partner;
import static se.samverka.platform.core.testing.TestUsers.reader;

/**
 * Partnerships as records other modules link to and search finds: with the module's sight, so the tenant's
 * staff only, and nothing in another tenant or one without the module.
 */
class PartnershipRecordsTest {

    static Partnership partnership;

    @BeforeAll
    static void aPartnershipInAlmhult() {
        partnership = Fixture.inAlmhult().partnership();
    }

    static RecordReference reference() {
        return RecordReference.of("partnerships", "partnership", partnership.id());
    }

    static RecordDirectory directory() {
        return TestPortal.bean(RecordDirectory.class);
    }

    @Test
    void aPartnershipResolvesToItsTitleAndView() {
        LinkedRecord linked = as(reader(ALMHULT), ALMHULT, () -> directory().resolve(reference())).orElseThrow();

        assertThat(linked.title()).isEqualTo(partnership.title());
        assertThat(linked.path()).isEqualTo("partnerships/" + partnership.id());
    }

    @Test
    void searchFindsAPartnershipByWordsOfItsTitle() {
        String word = partnership.title().substring(partnership.title().lastIndexOf(' ') + 1);

        assertThat(as(reader(ALMHULT), ALMHULT, () -> directory().search("partnerships", "partnership", word, 10)))
                .extracting(LinkedRecord::reference).containsExactly(reference());
        assertThat(as(reader(ALMHULT), ALMHULT, () -> directory().search("partnerships", "partnership", "inget sådant ord", 10)))
                .isEmpty();
    }

    @Test
    void anotherTenantOneWithoutTheModuleOrAPartnerResolvesNothing() {
        assertThat(as(officer(ORUST), ORUST, () -> directory().resolve(reference()))).as("another tenant's").isEmpty();
        assertThat(as(officer(ORUST), ORUST, () -> directory().search("partnerships", "partnership", partnership.title(), 10)))
                .as("another tenant's search").isEmpty();
        assertThat(as(officer("region-stockholm"), "region-stockholm", () -> directory().resolve(reference()))).as("module off").isEmpty();
        assertThat(as(partner("junis", ALMHULT), ALMHULT, () -> directory().resolve(reference()))).as("a partner organisation").isEmpty();
    }

    @Test
    void anIdThatIsNotANumberOrAnotherTypeResolvesNothing() {
        assertThat(as(reader(ALMHULT), ALMHULT, () -> directory().resolve(new RecordReference("partnerships", "partnership", "x1"))))
                .isEmpty();
        assertThat(as(reader(ALMHULT), ALMHULT, () -> directory().resolve(new RecordReference("partnerships", "phase", String.valueOf(partnership.id())))))
                .isEmpty();
    }
}
