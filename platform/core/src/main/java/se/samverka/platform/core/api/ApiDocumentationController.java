package se.samverka.platform.core.api;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

/**
 * Serves the OpenAPI document at {@code /api/openapi/samverka-api.yml} (what the Swagger UI at
 * {@code /api/docs/} loads): the platform's with every installed module's merged in. The route
 * wins over the static file of the same name, which holds the platform's part only.
 */
@Controller("/api/openapi")
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
public class ApiDocumentationController {

    private final ApiDocumentationMerge merge;

    ApiDocumentationController(ApiDocumentationMerge merge) {
        this.merge = merge;
    }

    @Get(uri = "/" + ApiDocumentationMerge.PLATFORM_DOCUMENT, produces = "application/yaml")
    public String document() {
        return merge.document();
    }
}
