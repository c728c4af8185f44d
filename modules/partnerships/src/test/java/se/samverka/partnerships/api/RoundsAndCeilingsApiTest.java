package se.samverka.partnerships.api;

import org.junit.jupiter.api.Test;
import se.samverka.partnerships.TestPortal;
import se.samverka.platform.core.testing.ApiCaller;
import se.samverka.platform.core.testing.ApiCaller.Answer;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.partnerships.TestPortal.ALMHULT;
import static se.samverka.partnerships.TestPortal.ORUST;
import static se.samverka.platform.core.testing.TestUsers.admin;
import static se.samverka.platform.core.testing.TestUsers.officer;
import static se.samverka.platform.core.testing.TestUsers.reader;

/**
 * The application rounds and the ceilings over real HTTP: an officer keeps rounds, the administrator alone sets
 * ceilings, refusals at their fields, a stale change 409, another tenant's round 404.
 */
class RoundsAndCeilingsApiTest {

    static final String BASE = "/api/v1/tenants/" + ALMHULT + "/partnerships";

    static ApiCaller as(se.samverka.platform.api.security.CurrentUser.PortalUser user) {
        return ApiCaller.as(TestPortal.shared(), user);
    }

    @Test
    void anOfficerEntersChangesAndRemovesARoundAndAStaleChangeIsAConflict() {
        String name = TestPortal.unique("ICLD:s projektansökan");
        Answer added = as(officer(ALMHULT)).post(BASE + "/rounds", Map.of("details", Map.of("name", name, "closesOn", "2031-10-01")));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        String round = BASE + "/rounds/" + added.id();
        assertThat(as(reader(ALMHULT)).get(BASE + "/rounds?from=2031-09-01").list()).extracting(r -> r.get("name")).contains(name);
        assertThat(as(reader(ALMHULT)).get(BASE + "/rounds?from=2031-10-02").list()).extracting(r -> r.get("name"))
                .doesNotContain(name);

        Answer changed = as(officer(ALMHULT)).put(round, Map.of("version", added.version(),
                "details", Map.of("name", name, "closesOn", "2031-10-15")));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json()).containsEntry("closesOn", "2031-10-15");
        Answer stale = as(officer(ALMHULT)).put(round, Map.of("version", added.version(),
                "details", Map.of("name", name, "closesOn", "2031-11-01")));
        assertThat(stale.status()).isEqualTo(409);

        Answer noDay = as(officer(ALMHULT)).post(BASE + "/rounds", Map.of("details", Map.of("name", name)));
        assertThat(noDay.status()).isEqualTo(422);
        assertThat(noDay.json()).containsEntry("field", "/closesOn");
        assertThat(as(reader(ALMHULT)).post(BASE + "/rounds", Map.of("details", Map.of("name", name, "closesOn", "2031-10-01")))
                .status()).isEqualTo(403);
        assertThat(as(officer(ORUST)).get("/api/v1/tenants/" + ORUST + "/partnerships/rounds/" + added.id()).status())
                .as("another tenant's round").isEqualTo(404);
        assertThat(as(officer(ORUST)).delete("/api/v1/tenants/" + ORUST + "/partnerships/rounds/" + added.id()).status())
                .isEqualTo(404);

        assertThat(as(officer(ALMHULT)).delete(round).status()).isEqualTo(204);
        assertThat(as(officer(ALMHULT)).get(round).status()).isEqualTo(404);
    }

    @Test
    void theStaffReadTheCeilingsAndOnlyTheAdministratorSetsOne() {
        List<Map<String, Object>> figures = as(reader(ALMHULT)).get(BASE + "/ceilings").list();
        assertThat(figures).anySatisfy(f -> assertThat(f).containsEntry("phaseKind", "PROJECT").containsEntry("region", "AFRICA_ASIA")
                .containsKey("amountSek"));

        Answer set = as(admin(ORUST)).put("/api/v1/tenants/" + ORUST + "/partnerships/ceilings/DISSEMINATION/AFRICA_ASIA",
                Map.of("amountSek", 125000));
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(set.json()).containsEntry("amountSek", 125000).containsEntry("setByTenant", true);
        assertThat(as(reader(ALMHULT)).get(BASE + "/ceilings").list()).as("Älmhult keeps its own figure")
                .anySatisfy(f -> assertThat(f).containsEntry("phaseKind", "DISSEMINATION").containsEntry("region", "AFRICA_ASIA")
                        .containsEntry("amountSek", 100000).containsEntry("setByTenant", false));

        assertThat(as(officer(ALMHULT)).put(BASE + "/ceilings/DISSEMINATION/EUROPE", Map.of("amountSek", 1)).status()).isEqualTo(403);
        Answer negative = as(admin(ALMHULT)).put(BASE + "/ceilings/DISSEMINATION/EUROPE", Map.of("amountSek", -1));
        assertThat(negative.status()).isEqualTo(422);
        assertThat(negative.json()).containsEntry("field", "/amountSek");
        assertThat(as(admin(ALMHULT)).put(BASE + "/ceilings/DISSEMINATION/MARS", Map.of("amountSek", 1)).status())
                .as("a region that is not one").isEqualTo(400);
    }
}
