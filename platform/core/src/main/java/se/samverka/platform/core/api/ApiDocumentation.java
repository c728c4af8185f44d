package se.samverka.platform.core.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/**
 * The OpenAPI document, generated at build time into META-INF/swagger and served at
 * {@code /api/openapi/samverka-api.yml} with every installed module's document merged in (see
 * {@link ApiDocumentationMerge}), browsable at {@code /api/docs/}.
 */
@OpenAPIDefinition(
        info = @Info(title = "Samverka API", version = "1",
                description = "REST API of Samverka. Errors are application/problem+json, translated (Accept-Language), "
                        + "with code (the message key) and field (a JSON pointer into the body, or a parameter's name). "
                        + "Tenant-scoped paths are "
                        + "/api/v1/tenants/{tenant}/...; a tenant you are not a member of, another tenant's record "
                        + "and a module disabled for the tenant all answer 404. Bodies are bound strictly: an unknown "
                        + "field, a value of the wrong type (no coercion), null in an array or data after the JSON is a 400. "
                        + "Dates are yyyy-MM-dd from 1900-01-01 to 2199-12-31; amounts in kronor at most 999 999 999 999."),
        security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "session")})
@SecurityScheme(name = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
@SecurityScheme(name = "session", type = SecuritySchemeType.APIKEY, in = io.swagger.v3.oas.annotations.enums.SecuritySchemeIn.COOKIE,
        paramName = "samverka_session")
final class ApiDocumentation {

    private ApiDocumentation() {
    }
}
