package se.samverka.agreements.documents;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samverka.agreements.TestAgreements;
import se.samverka.agreements.TestPortal;
import se.samverka.agreements.agreement.AgreementDetails;
import se.samverka.platform.api.documents.DocumentStore;
import se.samverka.platform.api.security.CurrentUser.PortalUser;
import se.samverka.platform.core.testing.PortalHttp;
import se.samverka.platform.core.testing.TestFiles;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.agreements.TestPortal.TENANT_A;
import static se.samverka.agreements.TestPortal.TENANT_B;
import static se.samverka.agreements.TestPortal.TENANT_C;
import static se.samverka.agreements.TestPortal.as;
import static se.samverka.agreements.TestPortal.officer;
import static se.samverka.platform.core.testing.PortalHttp.text;

/**
 * An agreement's documents over real HTTP on the real portal: upload, list, download under the
 * original name; refused files get a clear message in the caller's language; another tenant's or
 * organisation's documents do not exist.
 */
class AgreementDocumentsApiTest {

    static AgreementDetails ofX;
    static AgreementDetails ofY;
    static AgreementDetails inC;
    static PortalUser xUser;
    static PortalUser yUser;
    static PortalHttp officerA;

    @BeforeAll
    static void agreementsOfTwoOrganisationsInTenantAAndOneInC() {
        String x = TestAgreements.alias("x");
        String y = TestAgreements.alias("y");
        xUser = TestPortal.partner(x, TENANT_A, TENANT_C);
        yUser = TestPortal.partner(y, TENANT_A);
        as(officer(TENANT_A), TENANT_A, () -> {
            ofX = TestAgreements.proposed(TestAgreements.partner(x).id());
            ofY = TestAgreements.proposed(TestAgreements.partner(y).id());
        });
        as(officer(TENANT_C), TENANT_C, () -> {
            TestAgreements.partner(x);
            inC = TestAgreements.proposed(TestAgreements.partner(TestAgreements.alias("z")).id());
        });
        officerA = PortalHttp.as(TestPortal.shared(), officer(TENANT_A));
    }

    static String documents(String tenant, AgreementDetails agreement) {
        return "/api/v1/tenants/" + tenant + "/agreements/" + agreement.id() + "/documents";
    }

    static long idOf(HttpResponse<byte[]> created) {
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(text(created));
        assertThat(id.find()).as(text(created)).isTrue();
        return Long.parseLong(id.group(1));
    }

    @Test
    void anUploadedFileIsListedAndDownloadsUnderItsOriginalNameWithItsBytes() {
        HttpResponse<byte[]> created = officerA.upload(documents(TENANT_A, ofX), "decision", "Överenskommelse Junis.pdf",
                TestFiles.PDF, null);
        assertThat(created.statusCode()).as(text(created)).isEqualTo(201);
        long id = idOf(created);

        String list = text(officerA.get(documents(TENANT_A, ofX)));
        assertThat(list).contains("\"filename\":\"Överenskommelse Junis.pdf\"").contains("\"kind\":\"DECISION\"")
                .contains("\"createdBy\":\"officer." + TENANT_A + "\"");

        HttpResponse<byte[]> download = officerA.get(documents(TENANT_A, ofX) + "/" + id + "/content");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(TestFiles.PDF);
        assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(download.headers().firstValue("Content-Disposition")).hasValue(
                "attachment; filename=\"Overenskommelse Junis.pdf\"; filename*=UTF-8''%C3%96verenskommelse%20Junis.pdf");
    }

    @Test
    void aProgramCalledPdfIsRefusedWithAClearMessageInTheCallersLanguage() {
        HttpResponse<byte[]> swedish = officerA.upload(documents(TENANT_A, ofX), "report", "avtal.pdf", TestFiles.EXE, null);
        assertThat(swedish.statusCode()).isEqualTo(422);
        assertThat(swedish.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(text(swedish)).contains("Filen ”avtal.pdf” är inte en PDF");

        HttpResponse<byte[]> english = officerA.upload(documents(TENANT_A, ofX), "report", "avtal.pdf", TestFiles.EXE, "en-GB,en;q=0.9");
        assertThat(text(english)).contains("The file “avtal.pdf” is not a PDF");
        assertThat(text(officerA.get(documents(TENANT_A, ofX)))).doesNotContain("avtal.pdf");
    }

    @Test
    void anEmptyFileAnUnknownKindAndAFileOverTheLimitAreRefused() {
        HttpResponse<byte[]> empty = officerA.upload(documents(TENANT_A, ofX), "other", "tom.pdf", new byte[0], null);
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(text(empty)).contains("är tom");

        HttpResponse<byte[]> noKind = officerA.upload(documents(TENANT_A, ofX), "invoice", "a.pdf", TestFiles.PDF, null);
        assertThat(noKind.statusCode()).isEqualTo(422);
        assertThat(text(noKind)).contains("Ange typ av dokument");

        long limit = TestPortal.bean(DocumentStore.class).maxSize();
        HttpResponse<byte[]> large = officerA.upload(documents(TENANT_A, ofX), "other", "stor.pdf", TestFiles.pdfLargerThan(limit), null);
        assertThat(large.statusCode()).as(text(large)).isEqualTo(413);
        assertThat(text(large)).contains("”stor.pdf” är för stor").contains("högst " + limit / (1024 * 1024) + " MB");
        assertThat(text(officerA.get(documents(TENANT_A, ofX)))).doesNotContain("tom.pdf").doesNotContain("stor.pdf");
    }

    @Test
    void aFileTheStorageRefusesMidWayIsAnsweredClearlyAndNothingOfItIsStored() throws Exception {
        // the content's write fails after the document's record was written, as a full disk or a table that
        // refuses the write does; only for these names, so the class's other tests are unaffected
        TestPortal.shared().database().execute("CREATE TRIGGER refuse_content BEFORE INSERT ON document_content FOR EACH ROW "
                + "BEGIN IF (SELECT filename FROM document WHERE id = NEW.document_id) LIKE 'Lagringen vägrar%' THEN "
                + "SIGNAL SQLSTATE 'HY000' SET MESSAGE_TEXT = 'The table is full'; END IF; END");
        try {
            HttpResponse<byte[]> swedish = officerA.upload(documents(TENANT_A, ofX), "decision", "Lagringen vägrar.pdf",
                    TestFiles.PDF, null);
            HttpResponse<byte[]> english = officerA.upload(documents(TENANT_A, ofX), "decision", "Lagringen vägrar 2.pdf",
                    TestFiles.PDF, "en");

            assertThat(swedish.statusCode()).as(text(swedish)).isEqualTo(503);
            assertThat(swedish.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(text(swedish)).contains("\"code\":\"documents.not-stored\"")
                    .contains("Filen ”Lagringen vägrar.pdf” kunde inte sparas").contains("Ingenting har sparats")
                    .doesNotContain("Exception").doesNotContain("SQL").doesNotContain("table is full");
            assertThat(english.statusCode()).isEqualTo(503);
            assertThat(text(english)).contains("could not be saved").contains("Nothing was saved");
        } finally {
            TestPortal.shared().database().execute("DROP TRIGGER refuse_content");
        }
        assertThat(text(officerA.get(documents(TENANT_A, ofX)))).doesNotContain("Lagringen vägrar");
        try (Connection c = TestPortal.shared().database().connect(); Statement s = c.createStatement()) {
            ResultSet documents = s.executeQuery("SELECT COUNT(*) FROM document WHERE filename LIKE 'Lagringen vägrar%'");
            documents.next();
            assertThat(documents.getInt(1)).as("no document record without its content").isZero();
            ResultSet audit = s.executeQuery("SELECT COUNT(*) FROM audit_entry WHERE action = 'document.add' "
                    + "AND changes LIKE '%Lagringen vägrar%'");
            audit.next();
            assertThat(audit.getInt(1)).as("no audit line for a document that was not stored").isZero();
        }
        HttpResponse<byte[]> afterwards = officerA.upload(documents(TENANT_A, ofX), "decision", "Sparas efteråt.pdf",
                TestFiles.PDF, null);
        assertThat(afterwards.statusCode()).as(text(afterwards)).isEqualTo(201);
    }

    @Test
    void aPartnerAttachesReportsToItsOwnAgreementButNothingElseAndDeletesNothing() {
        PortalHttp x = PortalHttp.as(TestPortal.shared(), xUser);

        HttpResponse<byte[]> report = x.upload(documents(TENANT_A, ofX), "report", "Årsrapport 2025.png", TestFiles.PNG, null);
        assertThat(report.statusCode()).as(text(report)).isEqualTo(201);
        HttpResponse<byte[]> decision = x.upload(documents(TENANT_A, ofX), "decision", "beslut.pdf", TestFiles.PDF, null);
        assertThat(decision.statusCode()).isEqualTo(403);
        assertThat(text(decision)).contains("Partnerorganisationer bifogar rapporter");
        assertThat(x.delete(documents(TENANT_A, ofX) + "/" + idOf(report)).statusCode()).isEqualTo(403);
        assertThat(x.get(documents(TENANT_A, ofX) + "/" + idOf(report) + "/content").statusCode()).isEqualTo(200);
    }

    @Test
    void readersReadButNeitherAttachNorDelete() {
        long id = idOf(officerA.upload(documents(TENANT_A, ofX), "other", "plan.pdf", TestFiles.PDF, null));
        PortalHttp reader = PortalHttp.as(TestPortal.shared(), TestPortal.reader(TENANT_A));

        assertThat(text(reader.get(documents(TENANT_A, ofX)))).contains("plan.pdf");
        assertThat(reader.upload(documents(TENANT_A, ofX), "other", "b.pdf", TestFiles.PDF, null).statusCode()).isEqualTo(403);
        assertThat(reader.delete(documents(TENANT_A, ofX) + "/" + id).statusCode()).isEqualTo(403);
    }

    @Test
    void anOfficerDeletesADocumentAndItIsGone() {
        long id = idOf(officerA.upload(documents(TENANT_A, ofX), "other", "utkast.pdf", TestFiles.PDF, null));

        assertThat(officerA.delete(documents(TENANT_A, ofX) + "/" + id).statusCode()).isEqualTo(204);
        assertThat(officerA.get(documents(TENANT_A, ofX) + "/" + id + "/content").statusCode()).isEqualTo(404);
        assertThat(text(officerA.get(documents(TENANT_A, ofX)))).doesNotContain("utkast.pdf");
    }

    @Test
    void anotherTenantsAgreementAndDocumentsAnswer404OnEveryEndpoint() {
        long id = idOf(officerA.upload(documents(TENANT_A, ofX), "other", "a-intern.pdf", TestFiles.PDF, null));
        PortalHttp officerC = PortalHttp.as(TestPortal.shared(), officer(TENANT_C));

        // A's agreement asked for in C, where the officer is a member
        assertThat(officerC.get(documents(TENANT_C, ofX)).statusCode()).isEqualTo(404);
        assertThat(officerC.get(documents(TENANT_C, ofX) + "/" + id + "/content").statusCode()).isEqualTo(404);
        assertThat(officerC.upload(documents(TENANT_C, ofX), "other", "c.pdf", TestFiles.PDF, null).statusCode()).isEqualTo(404);
        assertThat(officerC.delete(documents(TENANT_C, ofX) + "/" + id).statusCode()).isEqualTo(404);
        // A's document through C's own agreement
        assertThat(officerC.get(documents(TENANT_C, inC) + "/" + id + "/content").statusCode()).isEqualTo(404);
        assertThat(officerC.delete(documents(TENANT_C, inC) + "/" + id).statusCode()).isEqualTo(404);
        // A's tenant itself, where the officer of C is not a member
        assertThat(officerC.get(documents(TENANT_A, ofX)).statusCode()).isEqualTo(404);
        // tenant B has the module disabled
        assertThat(PortalHttp.as(TestPortal.shared(), officer(TENANT_B)).get(documents(TENANT_B, ofX)).statusCode()).isEqualTo(404);
        // a document of another agreement of the same tenant is not this agreement's
        assertThat(officerA.get(documents(TENANT_A, ofY) + "/" + id + "/content").statusCode()).isEqualTo(404);

        assertThat(officerA.get(documents(TENANT_A, ofX) + "/" + id + "/content").statusCode()).as("untouched").isEqualTo(200);
    }

    @Test
    void anotherOrganisationsAgreementAnswers404AndSoDoesATenantWhereTheOrganisationIsPartyToNothing() {
        long id = idOf(officerA.upload(documents(TENANT_A, ofX), "other", "x-intern.pdf", TestFiles.PDF, null));
        PortalHttp y = PortalHttp.as(TestPortal.shared(), yUser);
        PortalHttp x = PortalHttp.as(TestPortal.shared(), xUser);

        assertThat(y.get(documents(TENANT_A, ofX)).statusCode()).isEqualTo(404);
        assertThat(y.get(documents(TENANT_A, ofX) + "/" + id + "/content").statusCode()).isEqualTo(404);
        assertThat(y.upload(documents(TENANT_A, ofX), "report", "r.pdf", TestFiles.PDF, null).statusCode()).isEqualTo(404);
        assertThat(y.delete(documents(TENANT_A, ofX) + "/" + id).statusCode()).isEqualTo(404);
        assertThat(y.get(documents(TENANT_A, ofY) + "/" + id + "/content").statusCode()).as("X's document via Y's agreement")
                .isEqualTo(404);

        // X in tenant C: registered there, party to nothing
        assertThat(x.get(documents(TENANT_C, inC)).statusCode()).isEqualTo(404);
        assertThat(x.upload(documents(TENANT_C, inC), "report", "r.pdf", TestFiles.PDF, null).statusCode()).isEqualTo(404);
        assertThat(x.get(documents(TENANT_C, ofX) + "/" + id + "/content").statusCode()).isEqualTo(404);
    }

    @Test
    void nobodySignedInGets401() {
        assertThat(PortalHttp.anonymous(TestPortal.shared()).get(documents(TENANT_A, ofX)).statusCode()).isEqualTo(401);
    }
}
