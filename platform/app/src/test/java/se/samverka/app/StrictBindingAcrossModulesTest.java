package se.samverka.app;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samverka.testkit.PortalTestServer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * README's promise, for a body of every module and of the platform on the embedded default: unknown fields,
 * wrong types (no coercion), nulls in arrays, data after the JSON and dates outside 1900–2199 are a 400 at
 * the field (a JSON pointer), in the platform's one problem format; nothing is stored.
 */
class StrictBindingAcrossModulesTest {

    static PortalTestServer portal;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        portal = PortalTestServer.start(PortalTestServer.repositoryTenants(), Map.of());
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    static Map<String, Object> refused(String user, String method, String path, String body, String code, String field)
            throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(portal.uri() + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json").header("Accept-Language", "en")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + " " + body + " -> " + response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("Content-Language")).hasValue("en");
        assertThat(response.body()).doesNotContain("se.samverka").doesNotContain("java.").doesNotContain("Exception");
        Map<String, Object> problem = portal.bean(JsonMapper.class).readValue(response.body(), Argument.mapOf(String.class, Object.class));
        assertThat(problem).as(response.body()).containsEntry("code", code);
        if (field != null) {
            assertThat(problem).as(response.body()).containsEntry("field", field);
        }
        return problem;
    }

    @Test
    void agreementTermsAreBoundStrictly() throws Exception {
        String agreements = "/api/v1/tenants/orust/agreements";
        refused("officer.orust", "POST", agreements, "{\"title\":\"T\",\"form\":\"IOP\",\"parties\":[{\"partnerId\":true}]}",
                "refusal.body.wrong-type", "/parties/0/partnerId");
        refused("officer.orust", "POST", agreements, "{\"title\":\"T\",\"form\":\"IOP\",\"parties\":[{\"partnerId\":1.5}]}",
                "refusal.body.wrong-type", "/parties/0/partnerId");
        refused("officer.orust", "POST", agreements, "{\"title\":\"T\",\"colour\":\"red\"}", "refusal.body.unknown-field", "/colour");
        refused("officer.orust", "POST", agreements, "{\"title\":\"T\"} {}", "refusal.body.trailing", null);
        Map<String, Object> year0 = refused("officer.orust", "POST", agreements,
                "{\"title\":\"T\",\"form\":\"IOP\",\"period\":{\"start\":\"0000-01-01\",\"end\":null,\"renewalNoticeMonths\":6}}",
                "refusal.date.out-of-range", "/period/start");
        assertThat((String) year0.get("detail")).contains("1900-01-01").contains("2199-12-31");
        refused("officer.orust", "POST", agreements, "{\"title\":\"T\",\"form\":\"IOP\",\"period\":{\"end\":\"2200-01-01\"}}",
                "refusal.date.out-of-range", "/period/end");
        refused("officer.orust", "POST", agreements, "{\"title\":\"T\",\"form\":\"IOP\",\"parties\":[{\"contributions\":"
                + "[{\"year\":2026,\"amountSek\":99999999999999999999}]}]}", "refusal.body.number-range", "/parties/0/contributions/0/amountSek");
    }

    @Test
    void aMeetingsAttendeesHoldNoNullForAnyRole() throws Exception {
        for (String user : new String[] {"officer.orust", "reader.orust", "partner.junis"}) {
            refused(user, "POST", "/api/v1/tenants/orust/agreements/1/meetings", "{\"attendeeFunctions\":[null]}",
                    "refusal.body.null-in-array", "/attendeeFunctions/0");
        }
        refused("officer.orust", "PUT", "/api/v1/tenants/orust/agreements/1/meetings/1", "{\"version\":1,\"attendeeFunctions\":[\"a\",null]}",
                "refusal.body.null-in-array", "/attendeeFunctions/1");
    }

    @Test
    void aGroupsProgrammeIsBoundStrictly() throws Exception {
        refused("officer.orust", "POST", "/api/v1/tenants/orust/groups/programmes", "{\"details\":{\"name\":\"P\",\"ageFrom\":1.5}}",
                "refusal.body.wrong-type", "/details/ageFrom");
        refused("officer.orust", "POST", "/api/v1/tenants/orust/groups/programmes", "{\"details\":{\"name\":\"P\",\"age\":7}}",
                "refusal.body.unknown-field", "/details/age");
        refused("officer.orust", "POST", "/api/v1/tenants/orust/groups/programmes", "{\"version\":1}",
                "refusal.body.missing", "/details");
    }

    @Test
    void aPartnershipsRoundIsBoundStrictly() throws Exception {
        refused("officer.almhult", "POST", "/api/v1/tenants/almhult/partnerships/rounds", "{\"details\":{\"name\":true}}",
                "refusal.body.wrong-type", "/details/name");
        refused("officer.almhult", "POST", "/api/v1/tenants/almhult/partnerships/rounds",
                "{\"details\":{\"name\":\"R\",\"closesOn\":\"0000-01-01\"}}", "refusal.date.out-of-range", "/details/closesOn");
    }

    @Test
    void theTenantsModulesAreBoundStrictly() throws Exception {
        refused("admin.orust", "PUT", "/api/v1/tenants/orust/modules/groups", "{\"enabled\":\"yes\"}", "refusal.body.wrong-type", "/enabled");
        refused("admin.orust", "PUT", "/api/v1/tenants/orust/modules/groups", "{\"enabled\":true,\"x\":1}", "refusal.body.unknown-field", "/x");
    }
}
