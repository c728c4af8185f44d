package se.samverka.platform.core.api.binding;

import io.micronaut.core.convert.ConversionService;
import io.micronaut.core.type.Argument;
import io.micronaut.http.MediaType;
import io.micronaut.http.body.MessageBodyHandlerRegistry;
import io.micronaut.http.body.MessageBodyReader;
import io.micronaut.http.simple.SimpleHttpHeaders;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.samverka.platform.core.TestTenants;
import se.samverka.testkit.PortalExtension;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Request bodies are bound strictly and every refusal of a request is the platform's problem: unknown
 * fields, wrong types (no coercion), data after the JSON, malformed JSON, missing fields and parameters
 * that cannot be read are 400 with {@code code}, {@code field} as a JSON pointer, translated, and no Java names.
 */
class StrictBindingApiTest {

    @RegisterExtension
    static final PortalExtension portal = PortalExtension.of(TestTenants::startPortal);
    static final HttpClient http = HttpClient.newHttpClient();
    static final String MODULE = "/api/v1/tenants/tenant-c/modules/beta";

    record Answer(int status, String contentType, String language, String body, Map<String, Object> json) {
    }

    static Answer send(String method, String path, String body, String language) {
        return send("admin.tenant-c", method, path, body, language);
    }

    static Answer send(String user, String method, String path, String body, String language) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(portal.uri() + path))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                    .header("Accept-Language", language)
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Map<String, Object> json = response.body().startsWith("{")
                    ? portal.bean(JsonMapper.class).readValue(response.body(), Argument.mapOf(String.class, Object.class)) : Map.of();
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Content-Language").orElse(""), response.body(), json);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Answer put(String body) {
        return send("PUT", MODULE, body, "en");
    }

    static void assertProblem(Answer answer, int status, String code) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json()).containsEntry("code", code).containsKey("detail");
        assertThat(answer.body()).doesNotContain("se.samverka").doesNotContain("java.").doesNotContain("Exception");
    }

    static boolean betaEnabled() throws IOException {
        Answer modules = send("GET", "/api/v1/tenants/tenant-c/modules", null, "en");
        List<Map<String, Object>> list = portal.bean(JsonMapper.class).readValue(modules.body(),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
        return list.stream().filter(m -> m.get("id").equals("beta")).map(m -> (Boolean) m.get("enabled")).findFirst().orElseThrow();
    }

    @Test
    void aStringIsNoBooleanAndChangesNothing() throws IOException {
        boolean before = betaEnabled();
        Answer yes = put("{\"enabled\":\"yes\"}");

        assertProblem(yes, 400, "refusal.body.wrong-type");
        assertThat(yes.json()).containsEntry("field", "/enabled");
        assertThat(yes.language()).isEqualTo("en");
        assertThat((String) yes.json().get("detail")).isEqualTo("/enabled must be true or false.");
        assertThat(betaEnabled()).isEqualTo(before);
        assertProblem(put("{\"enabled\":1}"), 400, "refusal.body.wrong-type");
        assertProblem(put("{\"enabled\":[true]}"), 400, "refusal.body.wrong-type");
    }

    @Test
    void anUnknownFieldIsA400AtItsPointer() {
        Answer unknown = put("{\"enabled\": true, \"colour\": \"red\"}");

        assertProblem(unknown, 400, "refusal.body.unknown-field");
        assertThat(unknown.json()).containsEntry("field", "/colour");
    }

    @Test
    void dataAfterTheJsonIsA400() {
        assertProblem(put("{\"enabled\": true} {\"enabled\": false}"), 400, "refusal.body.trailing");
        assertProblem(put("{\"enabled\": true} x"), 400, "refusal.body.not-json");
        assertThat(put("{\"enabled\": true}  \n").status()).isEqualTo(200);
    }

    @Test
    void malformedJsonIsA400InTheCallersLanguage() {
        Answer swedish = send("PUT", MODULE, "{\"enabled\": tru", "sv");

        assertProblem(swedish, 400, "refusal.body.not-json");
        assertThat(swedish.language()).isEqualTo("sv");
        assertThat((String) swedish.json().get("detail")).startsWith("Innehållet är inte giltig JSON");
        assertProblem(put("not json at all"), 400, "refusal.body.not-json");
        assertProblem(put("[".repeat(5000)), 400, "refusal.body.wrong-value");
        assertProblem(put("{\"enabled\":" + "[".repeat(5000)), 400, "refusal.body.not-json");
    }

    @Test
    void aMissingFieldIsA400AtItsPointer() {
        Answer missing = put("{}");

        assertProblem(missing, 400, "refusal.value.required");
        assertThat(missing.json()).containsEntry("field", "/enabled");
        assertProblem(put("null"), 400, "refusal.body.none");
    }

    @Test
    void aPathParameterThatIsNoNumberIsA400NamingIt() {
        Answer text = send("officer.tenant-a", "GET", "/api/v1/tenants/tenant-a/alpha/notes/abc", null, "en");

        assertProblem(text, 400, "refusal.parameter.unreadable");
        assertThat(text.json()).containsEntry("field", "id");
        assertProblem(send("officer.tenant-a", "GET", "/api/v1/tenants/tenant-a/alpha/notes/99999999999999999999999", null, "en"), 400,
                "refusal.parameter.unreadable");
    }

    @Test
    void aTextFieldTakesNoNumberAndAnArrayNoNull() {
        Answer number = send("officer.tenant-a", "POST", "/api/v1/tenants/tenant-a/alpha/notes", "{\"text\": 12}", "en");

        assertProblem(number, 400, "refusal.body.wrong-type");
        assertThat(number.json()).containsEntry("field", "/text");
    }

    @Test
    void refusalsOfVoidOperationsDownloadsAndTheCalendarAreProblemsToo() {
        assertProblem(send("officer.tenant-a", "DELETE", "/api/v1/tenants/tenant-a/alpha/notes/99999999", null, "en"), 404,
                "refusal.not-found");
        assertProblem(send("officer.tenant-a", "GET", "/api/v1/tenants/tenant-a/alpha/notes/99999999/note.pdf", null, "en"), 404,
                "refusal.not-found");
        assertProblem(send("officer.tenant-a", "GET", "/api/v1/calendar/no-such-feed", null, "en"), 404, "refusal.not-found");
        // another tenant's: refused by the tenant filter before the operation
        assertProblem(send("officer.tenant-b", "DELETE", "/api/v1/tenants/tenant-a/alpha/notes/1", null, "en"), 404,
                "refusal.not-found");
        assertProblem(send("officer.tenant-b", "GET", "/api/v1/tenants/tenant-a/alpha/notes/1/note.pdf", null, "en"), 404,
                "refusal.not-found");
        assertProblem(send("officer.tenant-a", "GET", "/api/v1/tenants/tenant-a/alpha/notes?page=[]", null, "en"), 400,
                "refusal.request.invalid");
        assertProblem(send("officer.tenant-a", "GET", "/api/v1/tenants/tenant-a/alpha/notes/%2F..%2F", null, "en"), 400,
                "refusal.request.invalid");
    }

    /** What another service answers, with fields we model and fields we do not. */
    @Serdeable
    public record ProviderAnswer(boolean enabled) {
    }

    @Test
    void whatThePortalReadsAsAClientStaysLenient() throws IOException {
        // e.g. Keycloak's users with fields the portal does not model: read outside a request being served
        Argument<ProviderAnswer> type = Argument.of(ProviderAnswer.class);
        MessageBodyReader<ProviderAnswer> reader = portal.bean(MessageBodyHandlerRegistry.class)
                .findReader(type, List.of(MediaType.APPLICATION_JSON_TYPE)).orElseThrow();

        ProviderAnswer read = reader.read(type, MediaType.APPLICATION_JSON_TYPE,
                new SimpleHttpHeaders(ConversionService.SHARED),
                new java.io.ByteArrayInputStream("{\"enabled\":true,\"createdTimestamp\":1}".getBytes(StandardCharsets.UTF_8)));
        assertThat(read.enabled()).isTrue();
    }

    @Test
    void unknownPathsMethodsAndMediaTypesAreTheSameProblem() {
        assertProblem(send("GET", "/api/v1/no-such-thing", null, "en"), 404, "refusal.not-found");
        assertProblem(send("DELETE", "/api/v1/tenants/tenant-c/modules", null, "en"), 405, "refusal.request.method");
    }
}
