package se.samverka.agreements.export;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samverka.agreements.TestAgreements;
import se.samverka.agreements.TestPortal;
import se.samverka.agreements.agreement.AgreementDetails;
import se.samverka.agreements.agreement.AgreementTerms;
import se.samverka.agreements.agreement.AgreementTexts;
import se.samverka.agreements.agreement.Agreements;
import se.samverka.agreements.agreement.ContributionTerms;
import se.samverka.agreements.agreement.PartyTerms;
import se.samverka.agreements.lifecycle.AgreementStatus;
import se.samverka.platform.api.security.CurrentUser.PortalUser;
import se.samverka.platform.core.testing.PortalHttp;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.agreements.TestPortal.TENANT_A;
import static se.samverka.agreements.TestPortal.TENANT_C;
import static se.samverka.agreements.TestPortal.as;
import static se.samverka.agreements.TestPortal.officer;
import static se.samverka.platform.core.testing.PortalHttp.text;

/**
 * The exports over real HTTP with the session cookie, as the views' links open them: exactly the
 * rows the list shows the caller for the same filters, readable by Excel; the PDF reads like the
 * agreement; another tenant's or organisation's agreement is not there.
 */
class ExportApiTest {

    static String marker;
    static AgreementDetails activeOfX;
    static AgreementDetails draftOfX;
    static AgreementDetails draftOfY;
    static PortalUser xUser;
    static PortalUser yUser;

    @BeforeAll
    static void threeAgreementsOfTwoOrganisations() {
        marker = "Exporttest " + UUID.randomUUID().toString().substring(0, 8);
        String x = TestAgreements.alias("x");
        String y = TestAgreements.alias("y");
        xUser = TestPortal.partner(x, TENANT_A, TENANT_C);
        yUser = TestPortal.partner(y, TENANT_A);
        as(officer(TENANT_A), TENANT_A, () -> {
            long xId = TestAgreements.partner(x).id();
            long yId = TestAgreements.partner(y).id();
            Agreements agreements = TestPortal.bean(Agreements.class);
            activeOfX = agreements.createDraft(terms(xId, marker + " A Stödgrupper på Orust – Klubb BUSA"));
            activeOfX = agreements.transition(activeOfX.id(), activeOfX.agreement().version(), AgreementStatus.PROPOSED, null, null);
            activeOfX = agreements.transition(activeOfX.id(), activeOfX.agreement().version(), AgreementStatus.DECIDED,
                    TestAgreements.decision(), null);
            activeOfX = agreements.transition(activeOfX.id(), activeOfX.agreement().version(), AgreementStatus.ACTIVE, null, null);
            draftOfX = agreements.createDraft(terms(xId, marker + " B Fritidsverksamhet"));
            draftOfY = agreements.createDraft(terms(yId, marker + " C Samtalsgrupper för vuxna"));
        });
        as(officer(TENANT_C), TENANT_C, () -> TestAgreements.partner(x));
    }

    static AgreementTerms terms(long partnerId, String title) {
        AgreementTerms base = TestAgreements.terms(partnerId).withTitle(title);
        List<PartyTerms> parties = List.of(
                base.parties().get(0).withContributions(List.of(new ContributionTerms(2024, 250_000, "Personal och lokaler"),
                        new ContributionTerms(2025, 260_000, null))),
                base.parties().get(1).withContributions(List.of(new ContributionTerms(2024, 40_000, "Ideellt arbete"))));
        return base.withParties(parties).withTexts(new AgreementTexts("Bakgrunden är barnens behov.",
                "Syftet är att stödja barn och unga.", "Barn i skolåldern.", "Stödgrupper och fritid.",
                "Öppenhet, dialog och respekt.", "Bryta ensamheten.", "Information i skolorna.",
                "Sektor omsorg ansvarar.", "Parterna för en dialog.", "Part kan häva avtalet.", "Tvister löses genom dialog."));
    }

    static String exportPath(String tenant, String file, String query) {
        return "/api/v1/tenants/" + tenant + "/agreements/" + file + "?q=" + URLEncoder.encode(marker, StandardCharsets.UTF_8)
                + (query.isEmpty() ? "" : "&" + query);
    }

    static List<CSVRecord> csv(HttpResponse<byte[]> response) {
        assertThat(response.statusCode()).as(text(response)).isEqualTo(200);
        byte[] body = response.body();
        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        try (CSVParser parser = CSVParser.parse(new InputStreamReader(new ByteArrayInputStream(body, 3, body.length - 3),
                StandardCharsets.UTF_8), org.apache.commons.csv.CSVFormat.EXCEL.builder().setDelimiter(';').get())) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> titles(List<CSVRecord> records) {
        return records.stream().skip(1).map(r -> r.get(1)).toList();
    }

    @Test
    void theCsvHasExactlyTheFilteredRowsInTheListsOrderWithSwedishLetters() {
        PortalHttp officer = PortalHttp.as(TestPortal.shared(), officer(TENANT_A));

        List<CSVRecord> all = csv(officer.get(exportPath(TENANT_A, "export.csv", "sort=title")));
        assertThat(all.get(0).toList()).containsExactly("Diarienummer", "Rubrik", "Avtalsform", "Status",
                "Partnerorganisationer", "Periodens start", "Periodens slut", "Förnyelsediskussion senast", "Beslutsdatum",
                "Bidrag totalt (kr)");
        assertThat(titles(all)).containsExactly(activeOfX.agreement().title(), draftOfX.agreement().title(),
                draftOfY.agreement().title());
        CSVRecord first = all.get(1);
        assertThat(first.get(0)).isEqualTo(activeOfX.agreement().registryNumber());
        assertThat(first.get(2)).isEqualTo("Idéburet offentligt partnerskap (IOP)");
        assertThat(first.get(3)).isEqualTo("aktiv");
        assertThat(first.get(4)).isEqualTo(activeOfX.parties().get(1).name());
        assertThat(first.get(5)).isEqualTo("2024-01-01");
        assertThat(first.get(6)).isEqualTo("2026-12-31");
        assertThat(first.get(7)).isEqualTo("2026-06-30");
        assertThat(first.get(8)).isEqualTo("2023-12-14");
        assertThat(first.get(9)).isEqualTo("550000");

        assertThat(titles(csv(officer.get(exportPath(TENANT_A, "export.csv", "status=ACTIVE")))))
                .containsExactly(activeOfX.agreement().title());
        assertThat(titles(csv(officer.get(exportPath(TENANT_A, "export.csv", "sort=-title")))))
                .containsExactly(draftOfY.agreement().title(), draftOfX.agreement().title(), activeOfX.agreement().title());
        assertThat(titles(csv(officer.get(exportPath(TENANT_A, "export.csv", "sort=title,desc")))))
                .as("the API list's form of the same order").containsExactly(draftOfY.agreement().title(),
                        draftOfX.agreement().title(), activeOfX.agreement().title());
    }

    @Test
    void aPartnerExportsOnlyItsOrganisationsAgreementsAndNothingWhereItIsPartyToNothing() {
        PortalHttp x = PortalHttp.as(TestPortal.shared(), xUser);

        // drafts are the municipality's own until proposed: the partner's export has its running agreement only
        assertThat(titles(csv(x.get(exportPath(TENANT_A, "export.csv", "sort=title")))))
                .containsExactly(activeOfX.agreement().title());
        assertThat(titles(csv(PortalHttp.as(TestPortal.shared(), yUser).get(exportPath(TENANT_A, "export.csv", ""))))).isEmpty();
        assertThat(titles(csv(x.get(exportPath(TENANT_C, "export.csv", ""))))).isEmpty();
    }

    @Test
    void anotherTenantsMembersCannotExportItsList() {
        PortalHttp officerC = PortalHttp.as(TestPortal.shared(), officer(TENANT_C));

        assertThat(officerC.get(exportPath(TENANT_A, "export.csv", "")).statusCode()).isEqualTo(404);
        assertThat(officerC.get(exportPath(TENANT_A, "export.xlsx", "")).statusCode()).isEqualTo(404);
        assertThat(titles(csv(officerC.get(exportPath(TENANT_C, "export.csv", ""))))).isEmpty();
    }

    @Test
    void theExcelWorkbookHasTheSameRowsWithRealDates() throws IOException {
        HttpResponse<byte[]> response = PortalHttp.as(TestPortal.shared(), officer(TENANT_A))
                .get(exportPath(TENANT_A, "export.xlsx", "sort=title"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                .contains("filename*=UTF-8''%C3%B6verenskommelser-").endsWith(".xlsx"));

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(response.body()), new ReadingOptions(true, false))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(1)).isEqualTo("Rubrik");
            assertThat(rows.stream().skip(1).map(r -> r.getCellText(1)).toList()).containsExactly(
                    activeOfX.agreement().title(), draftOfX.agreement().title(), draftOfY.agreement().title());
            Row first = rows.get(1);
            assertThat(first.getCellAsDate(5)).hasValue(LocalDate.of(2024, 1, 1).atStartOfDay());
            assertThat(first.getCell(5).getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(first.getCellAsNumber(9)).hasValueSatisfying(n -> assertThat(n.longValue()).isEqualTo(550_000));
        }
    }

    @Test
    void anUnreadableFilterIsRefusedWithAClearMessage() {
        HttpResponse<byte[]> response = PortalHttp.as(TestPortal.shared(), officer(TENANT_A))
                .get("/api/v1/tenants/" + TENANT_A + "/agreements/export.csv?from=2024-13-01");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(text(response)).contains("Värdet ”2024-13-01” för from kan inte tolkas");
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));

        HttpResponse<byte[]> sort = PortalHttp.as(TestPortal.shared(), officer(TENANT_A))
                .get("/api/v1/tenants/" + TENANT_A + "/agreements/export.xlsx?sort=colour", "en");
        assertThat(sort.statusCode()).as("a sort the list does not know, as the API's list answers it").isEqualTo(400);
        assertThat(text(sort)).contains("There is no sort order").contains("colour").contains("registryNumber");
    }

    @Test
    void thePdfReadsLikeTheAgreementWithTitlePartiesAndSections() throws IOException {
        HttpResponse<byte[]> response = PortalHttp.as(TestPortal.shared(), officer(TENANT_A))
                .get("/api/v1/tenants/" + TENANT_A + "/agreements/" + activeOfX.id() + "/agreement.pdf");
        assertThat(response.statusCode()).as(text(response)).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        String fileName = activeOfX.agreement().registryNumber().replace('/', '-').replace(':', '-') + ".pdf";
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).contains(fileName));

        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(activeOfX.agreement().title());
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("sv");
            // lines wrap where the page ends them: compare the words, not the line breaks
            assertThat(text.replaceAll("\\s+", " ")).contains("Stödgrupper på Orust – Klubb BUSA")
                    .contains("Avtalsparter").contains("Kommunen. Org. nr 212000-1314")
                    .contains(activeOfX.parties().get(1).name())
                    .contains("Åtaganden").contains("Föreningen leder grupperna.")
                    .contains("Syftet är att stödja barn och unga.")
                    .contains("Underskrift").contains("Fia Förening")
                    .contains("2024-01-01 – 2026-12-31").contains("2026-06-30");
        }
    }

    @Test
    void thePdfIsInEnglishWhenAskedFor() throws IOException {
        HttpResponse<byte[]> response = PortalHttp.as(TestPortal.shared(), officer(TENANT_A))
                .get("/api/v1/tenants/" + TENANT_A + "/agreements/" + activeOfX.id() + "/agreement.pdf?lang=en");
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            PDFTextStripper firstPage = new PDFTextStripper();
            firstPage.setEndPage(1);
            assertThat(firstPage.getText(pdf)).contains("Parties");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en");
        }
    }

    @Test
    void anotherTenantsOrOrganisationsAgreementHasNoPdf() {
        String pdfOfX = "/agreements/" + activeOfX.id() + "/agreement.pdf";
        assertThat(PortalHttp.as(TestPortal.shared(), officer(TENANT_C)).get("/api/v1/tenants/" + TENANT_C + pdfOfX).statusCode())
                .isEqualTo(404);
        assertThat(PortalHttp.as(TestPortal.shared(), officer(TENANT_C)).get("/api/v1/tenants/" + TENANT_A + pdfOfX).statusCode())
                .isEqualTo(404);
        assertThat(PortalHttp.as(TestPortal.shared(), yUser).get("/api/v1/tenants/" + TENANT_A + pdfOfX).statusCode())
                .isEqualTo(404);
        assertThat(PortalHttp.as(TestPortal.shared(), xUser).get("/api/v1/tenants/" + TENANT_C + pdfOfX).statusCode())
                .isEqualTo(404);
        assertThat(PortalHttp.as(TestPortal.shared(), xUser).get("/api/v1/tenants/" + TENANT_A + pdfOfX).statusCode())
                .isEqualTo(200);
        assertThat(PortalHttp.anonymous(TestPortal.shared()).get("/api/v1/tenants/" + TENANT_A + pdfOfX).statusCode())
                .isEqualTo(401);
    }
}
