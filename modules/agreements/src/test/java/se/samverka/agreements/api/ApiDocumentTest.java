package se.samverka.agreements.api;

import org.junit.jupiter.api.Test;
import se.samverka.agreements.TestPortal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The portal's one OpenAPI document (and so its Swagger UI) describes the module's API beside the platform's. */
class ApiDocumentTest {

    @Test
    void theServedDocumentHasTheModulesPathsSchemasAndTags() throws Exception {
        String document = fetch("/api/openapi/samverka-api.yml");

        assertThat(document).contains("/api/v1/me").contains("/api/v1/tenants/{tenant}/modules/{module}")
                .contains("/api/v1/tenants/{tenant}/agreements:")
                .contains("/api/v1/tenants/{tenant}/agreements/{id}/reports/{reportId}/review")
                .contains("/api/v1/tenants/{tenant}/agreements/partner-organisations/{id}")
                .contains("AgreementView:").contains("name: Partner organisations")
                .contains("title: Samverka API");
    }

    @Test
    void theSwaggerUiLoadsThatDocument() throws Exception {
        assertThat(fetch("/api/docs/index.html")).contains("/api/openapi/samverka-api.yml");
    }

    private static String fetch(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(TestPortal.shared().uri() + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }
}
