package se.samverka.agreements.documents;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samverka.agreements.AgreementsModule;
import se.samverka.agreements.TestAgreements;
import se.samverka.agreements.TestPortal;
import se.samverka.agreements.agreement.AgreementDetails;
import se.samverka.platform.core.testing.PortalHttp;
import se.samverka.platform.core.testing.TestFiles;
import se.samverka.testkit.PortalTestServer;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.agreements.TestPortal.TENANT_A;
import static se.samverka.agreements.TestPortal.as;
import static se.samverka.agreements.TestPortal.officer;
import static se.samverka.platform.core.testing.PortalHttp.text;

/** Two portal instances on one database, as replicas run: a document uploaded through one downloads from the other. */
class DocumentsOnTwoInstancesTest {

    static PortalTestServer second;
    static AgreementDetails agreement;

    @BeforeAll
    static void aSecondInstanceOnTheSameDatabase() {
        PortalTestServer first = TestPortal.shared();
        second = PortalTestServer.startOn(first.database(), PortalTestServer.repositoryTenantsWith(AgreementsModule.ID),
                Map.of("samverka.demo-users.enabled", false));
        as(officer(TENANT_A), TENANT_A, () -> {
            agreement = TestAgreements.draft(TestAgreements.partner(TestAgreements.alias("x")).id());
        });
    }

    @AfterAll
    static void stop() {
        second.close();
    }

    @Test
    void aDocumentUploadedThroughOneInstanceDownloadsFromTheOther() {
        String documents = "/api/v1/tenants/" + TENANT_A + "/agreements/" + agreement.id() + "/documents";
        PortalHttp throughFirst = PortalHttp.as(TestPortal.shared(), officer(TENANT_A));
        HttpResponse<byte[]> created = throughFirst.upload(documents, "signed-agreement", "Undertecknad överenskommelse.pdf",
                TestFiles.PDF, null);
        assertThat(created.statusCode()).as(text(created)).isEqualTo(201);
        long id = AgreementDocumentsApiTest.idOf(created);

        PortalHttp throughSecond = throughFirst.on(second);
        assertThat(text(throughSecond.get(documents))).contains("Undertecknad överenskommelse.pdf");
        HttpResponse<byte[]> download = throughSecond.get(documents + "/" + id + "/content");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(TestFiles.PDF);
    }
}
