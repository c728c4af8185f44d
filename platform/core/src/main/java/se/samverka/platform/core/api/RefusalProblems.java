package se.samverka.platform.core.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.ConstraintViolationException;
import se.samverka.platform.api.refusal.Refusal;

/**
 * Every refusal thrown while answering an HTTP request (the platform's API and every module's, their
 * documents and exports) as translated problem+json ({@link Problems}): controllers simply throw.
 */
@Controller
@Hidden
public class RefusalProblems {

    private final Problems problems;

    RefusalProblems(Problems problems) {
        this.problems = problems;
    }

    @Error(global = true, exception = Refusal.class)
    public HttpResponse<?> refused(HttpRequest<?> request, Refusal refusal) {
        return problems.of(request, refusal);
    }

    /**
     * A 404 an operation answers without a body (e.g. {@code HttpResponse.notFound()}, an empty Optional):
     * the same problem as any other 404.
     */
    @Error(global = true, status = HttpStatus.NOT_FOUND)
    public HttpResponse<?> notFound(HttpRequest<?> request) {
        return problems.notFound(request);
    }

    /** A tenant, membership or module the caller may not see ({@link TenantApiFilter}). */
    @Error(global = true, exception = TenantApiFilter.NothingHere.class)
    public HttpResponse<?> nothingHere(HttpRequest<?> request) {
        return problems.notFound(request);
    }

    /** A violated constraint of a controller's parameter or body: a refusal at its field (400). */
    @Error(global = true, exception = ConstraintViolationException.class)
    public HttpResponse<?> violated(HttpRequest<?> request, ConstraintViolationException violations) {
        return problems.of(request, ClientErrors.violated(violations));
    }
}
