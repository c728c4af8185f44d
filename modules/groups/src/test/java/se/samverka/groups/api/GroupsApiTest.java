package se.samverka.groups.api;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samverka.groups.TestGroups;
import se.samverka.groups.TestPortal;
import se.samverka.platform.api.security.CurrentUser.PortalUser;
import se.samverka.platform.core.testing.ApiCaller;
import se.samverka.platform.core.testing.ApiCaller.Answer;
import se.samverka.platform.core.testing.AuditTrail;
import se.samverka.platform.core.testing.MovableClock;
import se.samverka.platform.core.testing.PortalHttp;
import se.samverka.testkit.AccessiblePdf;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.groups.TestPortal.ORUST;
import static se.samverka.groups.TestPortal.REGION;
import static se.samverka.platform.core.testing.TestUsers.admin;
import static se.samverka.platform.core.testing.TestUsers.as;
import static se.samverka.platform.core.testing.TestUsers.officer;
import static se.samverka.platform.core.testing.TestUsers.partner;
import static se.samverka.platform.core.testing.TestUsers.reader;

/** The module's API over real HTTP: the services' rules, problem+json, isolation, protected figures. */
class GroupsApiTest {

    static final String BASE = "/api/v1/tenants/" + ORUST + "/groups/programmes";
    static PortalUser junis;
    static long partnerId;

    @BeforeAll
    static void junisInOrust() {
        MovableClock.today(LocalDate.of(2025, 7, 10));
        String alias = TestPortal.alias("junis");
        junis = partner(alias, ORUST);
        partnerId = as(officer(ORUST), ORUST, () -> TestPortal.partner(alias).id());
    }

    @AfterAll
    static void realTime() {
        MovableClock.reset();
    }

    static ApiCaller api(PortalUser user) {
        return ApiCaller.as(TestPortal.shared(), user);
    }

    static long programme() {
        Answer created = api(officer(ORUST)).post(BASE, Map.of("details",
                TestGroups.programme("Klubb BUSA " + TestPortal.alias("api"), partnerId)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.id();
    }

    @Test
    void aPartnerReportsTheOfficerAcceptsAndTheTableHidesSmallCountsAndWhatWouldGiveThemAway() {
        long id = programme();
        String followUps = BASE + "/" + id + "/follow-ups";
        Answer draft = api(junis).post(followUps, Map.of("period", "2025-1", "figures", TestGroups.figures()));
        assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
        Answer submitted = api(junis).post(followUps + "/" + draft.id() + "/submission", Map.of("version", draft.version()));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        Answer accepted = api(officer(ORUST)).post(followUps + "/" + draft.id() + "/acceptance",
                Map.of("version", submitted.version()));
        assertThat(accepted.json()).containsEntry("status", "ACCEPTED");

        Map<String, Object> table = api(reader(ORUST)).get(followUps + "/table").json();
        assertThat(table).containsEntry("exact", false).containsEntry("threshold", 5);
        assertThat(cell(table, "genders.GIRL")).isEqualTo("<5");
        assertThat(cell(table, "genders.NOT_STATED")).as("the next smallest, so 14 − 9 gives nothing back").isIn("<5", "..");
        assertThat(cell(table, "enrolled")).isEqualTo("14");
        assertThat(cell(table, "groupsRunning")).as("not about children").isEqualTo("2");

        assertThat(api(reader(ORUST)).get(followUps + "/table?exact=true").status()).as("a reader asks for exact").isEqualTo(403);
        Map<String, Object> exact = api(officer(ORUST)).get(followUps + "/table?exact=true").json();
        assertThat(cell(exact, "genders.GIRL")).isEqualTo("3");
        assertThat(AuditTrail.of(TestPortal.shared(), "export", "groups:programme:" + id)).singleElement().asString()
                .startsWith("orust officer.orust export.exact");
        assertThat(api(reader(ORUST)).get(followUps).status()).as("a reader sees the protected table only").isEqualTo(403);
    }

    @Test
    void theExportsLeaveProtectedUnlessAnOfficerAsksForExactFiguresWhichIsAudited() throws Exception {
        long id = programme();
        String followUps = BASE + "/" + id + "/follow-ups";
        Answer draft = api(junis).post(followUps, Map.of("period", "2025-1", "figures", TestGroups.figures()));
        api(junis).post(followUps + "/" + draft.id() + "/submission", Map.of("version", draft.version()));

        HttpResponse<byte[]> csv = PortalHttp.as(TestPortal.shared(), reader(ORUST)).get(followUps + "/export.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF").contains("Flickor;<5").contains("Inskrivna barn och unga;14")
                .contains("färre än 5").doesNotContain("Flickor;3");
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).contains(".csv"));

        HttpResponse<byte[]> xlsx = PortalHttp.as(TestPortal.shared(), reader(ORUST)).get(followUps + "/export.xlsx");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            List<String> girls = workbook.getFirstSheet().read().stream()
                    .filter(r -> r.getCellText(0).equals("Flickor")).map(r -> r.getCellText(1)).toList();
            assertThat(girls).containsExactly("<5");
        }

        HttpResponse<byte[]> pdf = PortalHttp.as(TestPortal.shared(), reader(ORUST)).get(followUps + "/export.pdf?lang=en");
        AccessiblePdf document = AccessiblePdf.check(pdf.body(), "en");
        assertThat(document.title()).startsWith("Follow-up of Klubb BUSA");
        assertThat(document.outline()).extracting(AccessiblePdf.Node::type).startsWith("H1", "P", "Table");
        assertThat(document.outline().get(2).children().get(0).children()).extracting(AccessiblePdf.Node::type)
                .allMatch("TH"::equals);
        assertThat(document.pageTexts().get(0)).contains("<5").contains("Protected figures").contains("Page 1 of");

        assertThat(PortalHttp.as(TestPortal.shared(), reader(ORUST)).get(followUps + "/export.csv?exact=true").statusCode())
                .isEqualTo(403);
        String exact = new String(PortalHttp.as(TestPortal.shared(), officer(ORUST)).get(followUps + "/export.csv?exact=true").body(),
                StandardCharsets.UTF_8);
        assertThat(exact).contains("Flickor;3");
        assertThat(AuditTrail.of(TestPortal.shared(), "export", "groups:programme:" + id)).isNotEmpty();
    }

    @Test
    void aTenantAdministratorSetsTheThresholdWithinItsBounds() {
        String settings = "/api/v1/tenants/" + REGION + "/groups/settings";
        Map<String, Object> current = api(reader(REGION)).get(settings).json();
        assertThat(current).containsEntry("suppressionThreshold", 5);
        assertThat(api(officer(REGION)).put(settings, Map.of("suppressionThreshold", 3)).status()).isEqualTo(403);
        PortalUser admin = admin(REGION);
        Answer tooLow = api(admin).put(settings, Map.of("suppressionThreshold", 1));
        assertThat(tooLow.status()).isEqualTo(422);
        assertThat(tooLow.json()).containsEntry("field", "/suppressionThreshold");
        Answer three = api(admin).put(settings, Map.of("suppressionThreshold", 3));
        try {
            assertThat(three.json()).containsEntry("suppressionThreshold", 3);
            assertThat(api(reader(REGION)).get(settings).json()).containsEntry("suppressionThreshold", 3);
            assertThat(api(admin).put(settings, Map.of("suppressionThreshold", 4, "version", 99)).status())
                    .as("an old version").isEqualTo(409);
        } finally {
            assertThat(api(admin).put(settings, Map.of("suppressionThreshold", 5, "version", three.version())).status())
                    .isEqualTo(200);
        }
    }

    @Test
    void badFiguresAreA422AtTheFieldInTheCallersLanguage() {
        long id = programme();
        Map<String, Object> wrong = Map.of("enrolled", 14, "newChildren", 6, "remaining", 7);
        Answer answer = api(junis).speaking("en").post(BASE + "/" + id + "/follow-ups", Map.of("period", "2025-1", "figures", wrong));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json()).containsEntry("field", "/remaining").containsEntry("code", "groups.figures.new-and-remaining");
        assertThat((String) answer.json().get("detail")).isEqualTo("New (6) and remaining (7) must add up to the enrolled (14).");
        assertThat(api(junis).post(BASE + "/" + id + "/follow-ups", Map.of("period", "2025-3")).json())
                .containsEntry("field", "/period");
        assertThat(api(junis).post(BASE + "/" + id + "/follow-ups", "{\"period\": \"2025-1\", \"colour\": 1}").status())
                .as("strict binding").isEqualTo(400);
    }

    @Test
    void anotherTenantAndAnotherOrganisationGet404() {
        long id = programme();
        assertThat(api(officer(REGION)).get("/api/v1/tenants/" + REGION + "/groups/programmes/" + id).status()).isEqualTo(404);
        PortalUser other = partner(TestPortal.alias("varsol"), ORUST);
        assertThat(api(other).get(BASE + "/" + id).status()).isEqualTo(404);
        assertThat(api(other).get(BASE + "/" + id + "/follow-ups/table").status()).isEqualTo(404);
        assertThat(api(other).get(BASE).items()).isEmpty();
        assertThat(api(junis).get(BASE).items()).extracting(item -> ((Number) item.get("id")).longValue()).contains(id);
        assertThat(api(officer(TestPortal.ALMHULT)).get("/api/v1/tenants/" + TestPortal.ALMHULT + "/groups/programmes").status())
                .as("the module is off there").isEqualTo(404);
        assertThat(api(junis).put(BASE + "/" + id, Map.of("version", 0, "details", TestGroups.programme("X", partnerId))).status())
                .as("it sees its programme but may not change it").isEqualTo(403);
    }

    @SuppressWarnings("unchecked")
    static String cell(Map<String, Object> table, String row) {
        List<Map<String, Object>> rows = (List<Map<String, Object>>) table.get("rows");
        return rows.stream().filter(r -> r.get("key").equals(row)).map(r -> ((List<String>) r.get("cells")).get(0))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + row + " in " + table));
    }
}
