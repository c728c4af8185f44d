package se.samverka.agreements.export;

import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samverka.agreements.TestAgreements;
import se.samverka.agreements.TestFigures;
import se.samverka.agreements.TestPortal;
import se.samverka.platform.api.security.CurrentUser.PortalUser;
import se.samverka.platform.core.testing.PortalHttp;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.agreements.TestPortal.TENANT_A;
import static se.samverka.agreements.TestPortal.TENANT_C;
import static se.samverka.agreements.TestPortal.as;
import static se.samverka.agreements.TestPortal.officer;
import static se.samverka.platform.core.testing.PortalHttp.text;

/**
 * An agreement's figures over time as CSV and Excel over real HTTP (issue 13, must-have 5): the follow-up tab's
 * table, for whoever sees the agreement, not there for anyone else.
 */
class FiguresExportApiTest {

    static TestFigures figures;
    static PortalUser otherPartner;

    @BeforeAll
    static void anAgreementWithFiguresOverThreePeriods() {
        figures = TestFigures.of(TENANT_A);
        String other = TestAgreements.alias("other");
        as(officer(TENANT_A), TENANT_A, () -> TestAgreements.partner(other));
        otherPartner = TestPortal.partner(other, TENANT_A);
    }

    static String path(String tenant, String file) {
        return "/api/v1/tenants/" + tenant + "/agreements/" + figures.agreement().id() + "/" + file;
    }

    @Test
    void theCsvHasARowPerIndicatorAndAColumnPerPeriodWithTheReportsStatusLast() {
        HttpResponse<byte[]> response = PortalHttp.as(TestPortal.shared(), officer(TENANT_A)).get(path(TENANT_A, "figures.csv"));
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                .contains("filename*=UTF-8''v%C3%A4rden-").endsWith(".csv"));

        List<CSVRecord> records = ExportApiTest.csv(response);
        assertThat(records).extracting(CSVRecord::toList).containsExactly(
                List.of("Indikator", "2024-H1", "2024-H2", "2025-H1", "2025-H2", "2026-H1", "2026-H2"),
                List.of("Antal deltagare", "12", "1204", "", "", "", ""),
                List.of("Varifrån de kom", "Elevhälsan", "Skolan", "", "", "", ""),
                List.of("Rapportens status", "godkänd", "inlämnad", "återlämnad för komplettering", "", "", ""));
    }

    @Test
    void theWorkbookHasCountsAsNumbersAndEnglishLabelsWhenAskedFor() throws IOException {
        HttpResponse<byte[]> response = PortalHttp.as(TestPortal.shared(), officer(TENANT_A))
                .get(path(TENANT_A, "figures.xlsx?lang=en"));
        assertThat(response.statusCode()).as(text(response)).isEqualTo(200);

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(response.body()), new ReadingOptions(true, false))) {
            assertThat(workbook.getFirstSheet().getName()).isEqualTo("Figures over time");
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("Indicator");
            assertThat(rows.get(0).getCellText(2)).isEqualTo("2024-H2");
            assertThat(rows.get(1).getCellAsNumber(2)).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo(BigDecimal.valueOf(1_204)));
            assertThat(rows.get(1).getCellText(3)).isEmpty();
            assertThat(rows.get(2).getCellText(1)).isEqualTo("Elevhälsan");
            assertThat(rows.get(3).getCellText(0)).isEqualTo("Report status");
            assertThat(rows.get(3).getCellText(3)).isEqualTo("returned for completion");
        }
    }

    @Test
    void thePartnerOfTheAgreementExportsItsFigures() {
        PortalHttp partner = PortalHttp.as(TestPortal.shared(), TestPortal.partner(figures.partnerAlias(), TENANT_A));

        assertThat(ExportApiTest.csv(partner.get(path(TENANT_A, "figures.csv"))).get(1).toList())
                .containsExactly("Antal deltagare", "12", "1204", "", "", "", "");
        assertThat(partner.get(path(TENANT_A, "figures.xlsx")).statusCode()).isEqualTo(200);
    }

    @Test
    void anotherTenantOrAnotherOrganisationFindsNothingThere() {
        PortalHttp officerC = PortalHttp.as(TestPortal.shared(), officer(TENANT_C));
        PortalHttp other = PortalHttp.as(TestPortal.shared(), otherPartner);

        for (String file : List.of("figures.csv", "figures.xlsx")) {
            assertThat(officerC.get(path(TENANT_A, file)).statusCode()).as("another tenant's member, " + file).isEqualTo(404);
            assertThat(officerC.get(path(TENANT_C, file)).statusCode()).as("another tenant's id, " + file).isEqualTo(404);
            assertThat(other.get(path(TENANT_A, file)).statusCode()).as("another organisation, " + file).isEqualTo(404);
            assertThat(PortalHttp.anonymous(TestPortal.shared()).get(path(TENANT_A, file)).statusCode()).isEqualTo(401);
        }
    }
}
