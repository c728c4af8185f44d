package se.samverka.partnerships.api;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samverka.partnerships.TestPortal;
import se.samverka.platform.core.testing.ApiCaller.Answer;
import se.samverka.platform.core.testing.ApiCaller;
import se.samverka.platform.core.testing.PortalHttp;
import se.samverka.platform.core.testing.TestFiles;
import se.samverka.testkit.AccessiblePdf;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.partnerships.TestPortal.ALMHULT;
import static se.samverka.partnerships.TestPortal.ORUST;
import static se.samverka.platform.core.testing.TestUsers.as;
import static se.samverka.platform.core.testing.TestUsers.officer;
import static se.samverka.platform.core.testing.TestUsers.reader;

/**
 * The module's API over real HTTP: an officer's whole year of a partnership (partnership, phase, budget, cost, visit,
 * report, PDF and Excel), problem+json at the field, a reader's 403 on every write, another tenant's 404 everywhere.
 */
class PartnershipsApiTest {

    static final String BASE = "/api/v1/tenants/" + ALMHULT + "/partnerships";
    static long foreign;
    static long partnership;
    static long phase;
    static long report;
    static long submittedVersion;

    @BeforeAll
    static void aPartnershipWithAPhaseACostAVisitAndASubmittedReport() {
        foreign = as(officer(ALMHULT), ALMHULT, () -> TestPortal.foreign(TestPortal.unique("JB Marks")).id());
        Answer created = api().post(BASE, Map.of("details", details(TestPortal.unique("Mental Health"), "ZA")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        partnership = created.id();
        Answer added = api().post(BASE + "/" + partnership + "/phases", Map.of("details", Map.of("kind", "INCEPTION",
                "startsOn", "2020-01-15", "endsOn", "2020-06-30", "status", "GRANTED", "grantedSek", 260000, "team", List.of())));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        phase = added.id();
        assertThat(api().put(BASE + "/" + partnership + "/phases/" + phase + "/budget", Map.of("budgetYear", 2020,
                "category", "TRAVEL", "amountSek", 140000)).status()).isEqualTo(200);
        assertThat(api().post(BASE + "/" + partnership + "/phases/" + phase + "/actuals", Map.of("category", "TRAVEL",
                "spentOn", "2020-01-20", "amountSek", 58400)).status()).isEqualTo(201);
        assertThat(api().post(BASE + "/" + partnership + "/visits", Map.of("details", Map.of("phaseId", phase, "direction", "INBOUND",
                "startsOn", "2020-02-03", "endsOn", "2020-02-07", "place", "Älmhult",
                "participants", List.of(Map.of("side", "FOREIGN", "function", "OFFICIAL", "count", 4))))).status()).isEqualTo(201);
        Answer started = api().post(BASE + "/" + partnership + "/reports", Map.of("phaseId", phase, "kind", "FINAL",
                "accountingYear", 2020, "narrative", Map.of("achievements", "Två besök", "deviations", "Inga",
                        "challenges", "Uppkoppling", "lessons", "Brukarna först")));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        report = started.id();
        Answer submitted = api().post(BASE + "/" + partnership + "/reports/" + report + "/submission",
                Map.of("version", started.version()));
        assertThat(submitted.status()).isEqualTo(200);
        submittedVersion = submitted.version();
    }

    static ApiCaller api() {
        return ApiCaller.as(TestPortal.shared(), officer(ALMHULT));
    }

    static Map<String, Object> details(String title, String country) {
        return Map.of("title", title, "countryCode", country, "coreAreas", List.of("PARTICIPATION"), "status", "INCEPTION",
                "startsOn", "2020-01-01", "foreignPartnerIds", List.of(foreign), "swedishParties", List.of("Växjö kommun"),
                "contacts", List.of());
    }

    @Test
    void theBudgetAndTheReportScheduleAnswerWhatWasEntered() {
        Map<String, Object> budget = api().get(BASE + "/" + partnership + "/budget").json();
        assertThat(budget).containsEntry("approved", 140000).containsEntry("spent", 58400).containsEntry("remaining", 81600);
        List<Map<String, Object>> schedule = api().get(BASE + "/" + partnership + "/reports").list();
        assertThat(schedule).singleElement().satisfies(r -> assertThat(r).containsEntry("status", "SUBMITTED")
                .containsEntry("dueOn", "2020-08-30"));
        assertThat(api().get(BASE + "/countries").list()).hasSize(19);
        assertThat(api().get(BASE + "?country=ZA&status=INCEPTION&coreArea=PARTICIPATION&phase=INCEPTION").items())
                .anySatisfy(p -> assertThat(p).containsEntry("id", (int) partnership));
    }

    @Test
    void aCountryNotEligibleIsAProblemAtItsFieldInTheCallersLanguage() {
        Answer refused = api().speaking("en").post(BASE, Map.of("details", details(TestPortal.unique("Sverige"), "SE")));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json()).containsEntry("field", "/countryCode");
        assertThat(refused.body()).contains("is not one of ICLD's cooperation countries");
        Answer unknown = api().post(BASE, Map.of("details", details("x", "ZA"), "extra", 1));
        assertThat(unknown.status()).as("strict binding: an unknown field").isEqualTo(400);
    }

    @Test
    void thePdfAndTheExcelAccountAreTheReportsAndTheBudgetsOwnLines() throws Exception {
        HttpResponse<byte[]> pdf = PortalHttp.as(TestPortal.shared(), officer(ALMHULT))
                .get(BASE + "/" + partnership + "/reports/" + report + "/export.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            PDFTextStripper firstPage = new PDFTextStripper();
            firstPage.setEndPage(1);
            assertThat(firstPage.getText(document)).contains("Slutrapport 2020").contains("Vad som uppnåtts").contains("Två besök")
                    .contains("Resor");
            assertThat(document.getDocumentInformation().getTitle()).startsWith("Slutrapport 2020");
        }
        HttpResponse<byte[]> xlsx = PortalHttp.as(TestPortal.shared(), officer(ALMHULT))
                .get(BASE + "/" + partnership + "/reports/" + report + "/account.xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("Kostnadsslag");
            assertThat(rows.get(1).getCellText(0)).isEqualTo("Resor");
            assertThat(rows.get(1).getCell(1).asNumber()).isEqualByComparingTo("140000");
            assertThat(rows.get(1).getCell(2).asNumber()).isEqualByComparingTo("58400");
        }
    }

    @Test
    void theReportPdfIsAnAccessibleDocumentInTheReadersLanguage() {
        byte[] pdf = PortalHttp.as(TestPortal.shared(), officer(ALMHULT))
                .get(BASE + "/" + partnership + "/reports/" + report + "/export.pdf").body();

        AccessiblePdf checked = AccessiblePdf.check(pdf, "sv");
        String title = checked.title();

        List<AccessiblePdf.Node> outline = checked.outline();
        assertThat(outline.get(0).type()).isEqualTo("H1");
        assertThat(outline.get(0).text()).isEqualTo(title).startsWith("Slutrapport 2020");
        assertThat(outline.stream().filter(n -> n.type().equals("H2")).map(AccessiblePdf.Node::text).toList())
                .startsWith("Vad som uppnåtts").hasSize(6);
        assertThat(outline.stream().filter(n -> n.type().equals("Table")).toList()).as("the results and the account").hasSize(2)
                .last().satisfies(account -> {
                    assertThat(account.children().get(0).children()).extracting(AccessiblePdf.Node::type)
                            .containsOnly("TH").hasSize(4);
                    assertThat(account.children().get(1).allText()).startsWith("Resor");
                });
        assertThat(checked.pageTexts()).allSatisfy(page -> assertThat(page).containsPattern("Sida \\d+ av " + checked.pageTexts().size()));

        byte[] english = PortalHttp.as(TestPortal.shared(), officer(ALMHULT))
                .get(BASE + "/" + partnership + "/reports/" + report + "/export.pdf?lang=en").body();
        assertThat(AccessiblePdf.check(english, "en").pageTexts().get(0)).contains("Page 1 of");
    }

    @Test
    void aReaderIsRefusedEveryWriteWith403() {
        ApiCaller reader = ApiCaller.as(TestPortal.shared(), reader(ALMHULT));
        String p = BASE + "/" + partnership;
        assertThat(reader.get(p).status()).isEqualTo(200);
        assertThat(List.of(
                reader.post(BASE, Map.of("details", details(TestPortal.unique("Läsare"), "ZA"))).status(),
                reader.put(p, Map.of("version", 0, "details", details("x", "ZA"))).status(),
                reader.post(p + "/phases", Map.of("details", Map.of("kind", "DISSEMINATION", "startsOn", "2021-01-01",
                        "endsOn", "2021-03-01", "team", List.of()))).status(),
                reader.put(p + "/phases/" + phase + "/budget", Map.of("budgetYear", 2020, "category", "VISA", "amountSek", 1)).status(),
                reader.post(p + "/phases/" + phase + "/actuals", Map.of("category", "VISA", "spentOn", "2020-02-01", "amountSek", 1))
                        .status(),
                reader.post(p + "/phases/" + phase + "/claims", Map.of("on", "2020-08-01", "amountSek", 1)).status(),
                reader.post(p + "/visits", Map.of("details", Map.of("phaseId", phase, "direction", "INBOUND", "startsOn", "2020-02-03",
                        "endsOn", "2020-02-04", "place", "x", "participants", List.of(Map.of("side", "FOREIGN", "function",
                                "OFFICIAL", "count", 1))))).status(),
                reader.post(p + "/results", Map.of("level", "GOAL", "text", "x")).status(),
                reader.post(p + "/reports/" + report + "/approval", Map.of("version", submittedVersion)).status(),
                PortalHttp.as(TestPortal.shared(), reader(ALMHULT)).upload(p + "/documents", "other", "a.pdf", TestFiles.PDF, null)
                        .statusCode()))
                .containsOnly(403);
    }

    @Test
    void anotherTenantsPartnershipIsNotThereForAnyOfItsEndpoints() {
        ApiCaller orust = ApiCaller.as(TestPortal.shared(), officer(ORUST));
        String own = "/api/v1/tenants/" + ORUST + "/partnerships/" + partnership;
        for (String path : List.of("", "/phases", "/budget", "/actuals", "/visits", "/results", "/reports", "/documents",
                "/reports/" + report + "/export.pdf", "/reports/" + report + "/account.xlsx")) {
            assertThat(orust.get(own + path).status()).as(path).isEqualTo(404);
        }
        assertThat(orust.put(own + "/phases/" + phase + "/budget", Map.of("budgetYear", 2020, "category", "VISA", "amountSek", 1))
                .status()).isEqualTo(404);
        assertThat(orust.get(BASE + "/" + partnership).status()).as("Älmhult's address, not Orust's member").isEqualTo(404);
        assertThat(orust.get("/api/v1/tenants/" + ORUST + "/partnerships").items()).extracting(p -> p.get("id"))
                .doesNotContain((int) partnership);
    }
}
