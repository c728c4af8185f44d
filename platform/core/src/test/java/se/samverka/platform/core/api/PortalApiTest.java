package se.samverka.platform.core.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.samverka.platform.core.TestTenants;
import se.samverka.testkit.PortalExtension;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The REST API over HTTP on the real server: who may see and change what, and clear errors. */
class PortalApiTest {

    @RegisterExtension
    static final PortalExtension portal = PortalExtension.of(TestTenants::startPortal);
    static HttpClient http;
    static BlockingHttpClient client;

    @BeforeAll
    static void start() {
        try {
            http = HttpClient.create(portal.uri().toURL());
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
        client = http.toBlocking();
    }

    @AfterAll
    static void stop() {
        http.close();
    }

    @Test
    void meDescribesTheSignedInUser() {
        Map<?, ?> me = client.retrieve(HttpRequest.GET("/api/v1/me").basicAuth("officer.tenant-a", "demo"), Map.class);

        assertThat(me.get("username")).isEqualTo("officer.tenant-a");
        assertThat(me.get("roles")).isEqualTo(List.of("case-officer"));
        assertThat(me.get("currentTenant")).isEqualTo("tenant-a");
        assertThat(me.get("memberships")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).hasSize(1);
    }

    @Test
    void meWritesEveryFieldEvenWhenEmpty() {
        // the platform administrator has no memberships, no current tenant and no organisation
        String me = client.retrieve(HttpRequest.GET("/api/v1/me").basicAuth("platform", "demo"), String.class);

        assertThat(me).contains("\"memberships\":[]").contains("\"currentTenant\":null")
                .contains("\"organisation\":null").contains("\"roles\":[\"platform-admin\"]");
    }

    @Test
    void meTakesTheCurrentTenantFromTheHostName() {
        Map<?, ?> me = client.retrieve(HttpRequest.GET("/api/v1/me").basicAuth("officer.tenant-b", "demo")
                .header("Host", "b.test.localhost"), Map.class);

        assertThat(me.get("currentTenant")).isEqualTo("tenant-b");
    }

    @Test
    void anonymousCallsAreRefusedWithProblemJson() {
        HttpClientResponseException e = catchError(HttpRequest.GET("/api/v1/me"));

        assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.UNAUTHORIZED.getCode());
        assertThat(e.getResponse().getContentType()).hasValue(MediaType.APPLICATION_JSON_PROBLEM_TYPE);
    }

    @Test
    void aWrongPasswordIsRefused() {
        assertThat(catchError(HttpRequest.GET("/api/v1/me").basicAuth("officer.tenant-a", "wrong")).getStatus().getCode()).isEqualTo(HttpStatus.UNAUTHORIZED.getCode());
    }

    @Test
    void aMemberSeesTheTenantsModulesWithTheirFlags() {
        List<Map<String, Object>> modules = modules("tenant-b", "reader.tenant-b");

        assertThat(modules).extracting(m -> m.get("id") + "=" + m.get("enabled")).containsExactly("alpha=true", "beta=false");
    }

    @Test
    void anotherTenantAnswers404() {
        assertThat(catchError(HttpRequest.GET("/api/v1/tenants/tenant-b/modules").basicAuth("admin.tenant-a", "demo"))
                .getStatus().getCode()).isEqualTo(HttpStatus.NOT_FOUND.getCode());
        assertThat(catchError(HttpRequest.GET("/api/v1/tenants/no-such-tenant/modules").basicAuth("admin.tenant-a", "demo"))
                .getStatus().getCode()).isEqualTo(HttpStatus.NOT_FOUND.getCode());
    }

    @Test
    void aTenantAdministratorEnablesAndDisablesAModuleOfTheirOwnTenant() {
        Map<?, ?> enabled = client.retrieve(HttpRequest.PUT("/api/v1/tenants/tenant-c/modules/beta", Map.of("enabled", true))
                .basicAuth("admin.tenant-c", "demo"), Map.class);
        assertThat(enabled.get("enabled")).isEqualTo(true);
        assertThat(modules("tenant-c", "reader.tenant-c")).filteredOn(m -> m.get("id").equals("beta"))
                .extracting(m -> m.get("enabled")).containsExactly(true);

        client.retrieve(HttpRequest.PUT("/api/v1/tenants/tenant-c/modules/beta", Map.of("enabled", false))
                .basicAuth("admin.tenant-c", "demo"), Map.class);
        assertThat(modules("tenant-c", "reader.tenant-c")).filteredOn(m -> m.get("id").equals("beta"))
                .extracting(m -> m.get("enabled")).containsExactly(false);
    }

    @Test
    void aTenantAdministratorCannotTouchAnotherTenantsModules() {
        HttpClientResponseException e = catchError(HttpRequest.PUT("/api/v1/tenants/tenant-b/modules/beta", Map.of("enabled", true))
                .basicAuth("admin.tenant-a", "demo"));

        assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.NOT_FOUND.getCode());
        assertThat(modules("tenant-b", "reader.tenant-b")).filteredOn(m -> m.get("id").equals("beta"))
                .extracting(m -> m.get("enabled")).containsExactly(false);
    }

    @Test
    void aCaseOfficerSeesTheModulesButTheirRoleMayNotChangeThem() {
        // the API's status rule: what the caller sees but may not change is 403 (another tenant's is 404)
        HttpClientResponseException refused = catchError(HttpRequest.PUT("/api/v1/tenants/tenant-a/modules/beta",
                Map.of("enabled", false)).basicAuth("officer.tenant-a", "demo").header("Accept-Language", "en"));
        assertThat(refused.getStatus().getCode()).isEqualTo(HttpStatus.FORBIDDEN.getCode());
        Map<?, ?> problem = refused.getResponse().getBody(Map.class).orElseThrow();
        assertThat(problem.get("code")).isEqualTo("refusal.role");
        assertThat(String.valueOf(problem.get("detail"))).startsWith("Your role may not change this.");
        assertThat(refused.getResponse().getHeaders().get("Content-Language")).isEqualTo("en");
        assertThat(catchError(HttpRequest.PUT("/api/v1/tenants/tenant-b/modules/beta", Map.of("enabled", false))
                .basicAuth("officer.tenant-a", "demo")).getStatus().getCode()).isEqualTo(HttpStatus.NOT_FOUND.getCode());
    }

    @Test
    void aPlatformAdministratorManagesAnyTenantsModulesButSeesNoTenantData() {
        client.retrieve(HttpRequest.PUT("/api/v1/tenants/tenant-b/modules/beta", Map.of("enabled", true))
                .basicAuth("platform", "demo"), Map.class);
        assertThat(modules("tenant-b", "platform")).filteredOn(m -> m.get("id").equals("beta"))
                .extracting(m -> m.get("enabled")).containsExactly(true);
        client.retrieve(HttpRequest.PUT("/api/v1/tenants/tenant-b/modules/beta", Map.of("enabled", false))
                .basicAuth("platform", "demo"), Map.class);

        assertThat(catchError(HttpRequest.GET("/api/v1/tenants/tenant-b/alpha/notes").basicAuth("platform", "demo"))
                .getStatus().getCode()).isEqualTo(HttpStatus.NOT_FOUND.getCode());
    }

    @Test
    void anAreaThatIsNeitherThePlatformsNorAModulesAnswers404() {
        assertThat(catchError(HttpRequest.GET("/api/v1/tenants/tenant-a/nothing-here").basicAuth("admin.tenant-a", "demo"))
                .getStatus().getCode()).isEqualTo(404);
        assertThat(catchError(HttpRequest.GET("/api/v1/tenants/tenant-a/audit").basicAuth("admin.tenant-a", "demo"))
                .getStatus().getCode()).isEqualTo(404);
    }

    @Test
    void anUnknownModuleAnswers404() {
        assertThat(catchError(HttpRequest.PUT("/api/v1/tenants/tenant-a/modules/gamma", Map.of("enabled", true))
                .basicAuth("admin.tenant-a", "demo")).getStatus().getCode()).isEqualTo(HttpStatus.NOT_FOUND.getCode());
    }

    @Test
    void malformedJsonIsA400ThatSaysWhy() {
        HttpClientResponseException e = catchError(HttpRequest.PUT("/api/v1/tenants/tenant-a/modules/beta", "{\"enabled\": tru")
                .contentType(MediaType.APPLICATION_JSON_TYPE).basicAuth("admin.tenant-a", "demo"));

        assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        assertThat(e.getResponse().getBody(Map.class).orElseThrow()).containsEntry("code", "refusal.body.not-json")
                .hasEntrySatisfying("detail", detail -> assertThat(detail.toString()).contains("rad 1, kolumn"));
    }

    @Test
    void anUnknownFieldIsA400NamingTheField() {
        HttpClientResponseException e = catchError(HttpRequest.PUT("/api/v1/tenants/tenant-a/modules/beta",
                        "{\"enabled\": true, \"colour\": \"red\"}")
                .contentType(MediaType.APPLICATION_JSON_TYPE).basicAuth("admin.tenant-a", "demo"));

        assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        assertThat(e.getResponse().getBody(String.class).orElse("")).contains("colour");
    }

    @Test
    void aMissingFieldIsA400NamingTheField() {
        HttpClientResponseException e = catchError(HttpRequest.PUT("/api/v1/tenants/tenant-a/modules/beta", "{}")
                .contentType(MediaType.APPLICATION_JSON_TYPE).basicAuth("admin.tenant-a", "demo"));

        assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        assertThat(e.getResponse().getBody(String.class).orElse("")).contains("enabled");
    }

    @Test
    void aModulesRefusalIsATranslatedProblemNamingItsField() {
        HttpClientResponseException blank = catchError(HttpRequest.POST("/api/v1/tenants/tenant-a/alpha/notes", Map.of("text", "  "))
                .header("Accept-Language", "sv").basicAuth("officer.tenant-a", "demo"));
        assertThat(blank.getStatus().getCode()).isEqualTo(422);
        assertThat(blank.getResponse().getBody(Map.class).orElseThrow())
                .containsEntry("code", "refusal.text.required").containsEntry("field", "/text")
                .hasEntrySatisfying("detail", detail -> assertThat(detail.toString()).contains("Text"));

        HttpClientResponseException missing = catchError(HttpRequest.GET("/api/v1/tenants/tenant-a/alpha/notes/999999999")
                .header("Accept-Language", "en").basicAuth("officer.tenant-a", "demo"));
        assertThat(missing.getStatus().getCode()).isEqualTo(404);
        assertThat(missing.getResponse().getBody(Map.class).orElseThrow())
                .containsEntry("code", "refusal.not-found")
                .hasEntrySatisfying("detail", detail -> assertThat(detail.toString()).contains("The note"));
    }

    @Test
    void aModulesApiAnswers404WhileTheModuleIsDisabledForTheTenant() {
        HttpResponse<?> created = client.exchange(HttpRequest.POST("/api/v1/tenants/tenant-a/alpha/notes", Map.of("text", "hej"))
                .basicAuth("officer.tenant-a", "demo"), Map.class);
        assertThat(created.getStatus().getCode()).isEqualTo(HttpStatus.CREATED.getCode());

        assertThat(catchError(HttpRequest.GET("/api/v1/tenants/tenant-c/alpha/notes").basicAuth("officer.tenant-c", "demo"))
                .getStatus().getCode()).isEqualTo(HttpStatus.NOT_FOUND.getCode());

        client.retrieve(HttpRequest.PUT("/api/v1/tenants/tenant-a/modules/alpha", Map.of("enabled", false))
                .basicAuth("admin.tenant-a", "demo"), Map.class);
        try {
            assertThat(catchError(HttpRequest.GET("/api/v1/tenants/tenant-a/alpha/notes").basicAuth("officer.tenant-a", "demo"))
                    .getStatus().getCode()).isEqualTo(HttpStatus.NOT_FOUND.getCode());
        } finally {
            client.retrieve(HttpRequest.PUT("/api/v1/tenants/tenant-a/modules/alpha", Map.of("enabled", true))
                    .basicAuth("admin.tenant-a", "demo"), Map.class);
        }
        assertThat(client.retrieve(HttpRequest.GET("/api/v1/tenants/tenant-a/alpha/notes").basicAuth("officer.tenant-a", "demo"),
                io.micronaut.core.type.Argument.listOf(Map.class))).isNotEmpty();
    }

    @Test
    void anotherTenantsRecordAnswers404ThroughAModulesApi() {
        Map<?, ?> note = client.retrieve(HttpRequest.POST("/api/v1/tenants/tenant-a/alpha/notes", Map.of("text", "A only"))
                .basicAuth("officer.tenant-a", "demo"), Map.class);
        Object id = note.get("id");

        assertThat(catchError(HttpRequest.GET("/api/v1/tenants/tenant-b/alpha/notes/" + id).basicAuth("officer.tenant-b", "demo"))
                .getStatus().getCode()).isEqualTo(HttpStatus.NOT_FOUND.getCode());
        assertThat(catchError(HttpRequest.GET("/api/v1/tenants/tenant-a/alpha/notes/" + id).basicAuth("officer.tenant-b", "demo"))
                .getStatus().getCode()).isEqualTo(HttpStatus.NOT_FOUND.getCode());
        assertThat(client.retrieve(HttpRequest.GET("/api/v1/tenants/tenant-b/alpha/notes").basicAuth("officer.tenant-b", "demo"),
                io.micronaut.core.type.Argument.listOf(Map.class))).noneMatch(n -> ((Map<?, ?>) n).get("id").equals(id));
    }

    @Test
    void aTenantAdministratorListsTheTenantsUsers() {
        List<?> users = client.retrieve(HttpRequest.GET("/api/v1/tenants/tenant-b/users").basicAuth("admin.tenant-b", "demo"),
                io.micronaut.core.type.Argument.listOf(Map.class));

        assertThat(users.stream().map(u -> String.valueOf(((Map<?, ?>) u).get("username"))).toList())
                .containsExactlyInAnyOrder("admin.tenant-b", "officer.tenant-b", "reader.tenant-b");
    }

    @Test
    void usersOfAnotherTenantAreNotFoundAndAMemberWithoutTheAdministratorsRoleIsRefused() {
        HttpClientResponseException otherTenant = catchError(HttpRequest.GET("/api/v1/tenants/tenant-a/users")
                .basicAuth("admin.tenant-b", "demo"));
        assertThat(otherTenant.getStatus().getCode()).isEqualTo(404);
        assertThat(otherTenant.getResponse().getBody(Map.class).orElseThrow().get("detail"))
                .isEqualTo("Det finns inget här, eller så saknar du behörighet att se det.");
        assertThat(catchError(HttpRequest.GET("/api/v1/tenants/tenant-b/users").basicAuth("officer.tenant-b", "demo"))
                .getStatus().getCode()).isEqualTo(403);
    }

    @Test
    void theEmbeddedDefaultsDemoUsersCannotBeChanged() {
        HttpClientResponseException e = catchError(HttpRequest.POST("/api/v1/tenants/tenant-b/users",
                Map.of("email", "eva@example.se", "firstName", "Eva", "lastName", "Ek", "role", "reader"))
                .basicAuth("admin.tenant-b", "demo"));

        assertThat(e.getStatus().getCode()).isEqualTo(409);
        assertThat(e.getResponse().getBody(String.class).orElse("")).contains("Keycloak").contains("users.error.read-only");
    }

    @Test
    void healthReportsTheDatabaseToThePlatformAdministrator() {
        Map<?, ?> health = client.retrieve(HttpRequest.GET("/health").basicAuth("platform", "demo"), Map.class);

        assertThat(health.get("status")).isEqualTo("UP");
        assertThat(((Map<?, ?>) health.get("details")).containsKey("jdbc")).isTrue();
    }

    @Test
    void prometheusMetricsAreServedToThePlatformAdministrator() {
        String metrics = client.retrieve(HttpRequest.GET("/prometheus").basicAuth("platform", "demo"), String.class);

        assertThat(metrics).contains("jvm_memory_used_bytes");
    }

    @Test
    void theOpenApiDocumentDescribesThePlatformApi() {
        String yaml = client.retrieve(HttpRequest.GET("/api/openapi/samverka-api.yml"), String.class);

        assertThat(yaml).contains("/api/v1/me").contains("/api/v1/tenants/{tenant}/modules/{module}");
    }

    @Test
    void theApiDocumentationIsBrowsable() {
        String page = client.retrieve(HttpRequest.GET("/api/docs/index.html"), String.class);

        assertThat(page).contains("swagger-ui").contains("/api/openapi/samverka-api.yml");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> modules(String tenant, String user) {
        return (List<Map<String, Object>>) (List<?>) client.retrieve(HttpRequest.GET("/api/v1/tenants/" + tenant + "/modules").basicAuth(user, "demo"), io.micronaut.core.type.Argument.listOf(Map.class));
    }

    private static HttpClientResponseException catchError(HttpRequest<?> request) {
        try {
            client.exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            return e;
        }
        throw new AssertionError("expected an error answer to " + request.getMethod() + " " + request.getPath());
    }
}
