package se.samverka.platform.core.api;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.problem.ProblemErrorResponseProcessor;
import io.micronaut.problem.conf.ProblemConfiguration;
import jakarta.inject.Singleton;
import org.zalando.problem.Problem;

/**
 * Every 4xx Micronaut answers itself (a body or parameter it cannot bind, a violated constraint, a path
 * without a route, a method or media type it does not take, a missing sign-in) in the platform's one
 * format, {@link Problems}: translated, with {@code code} and {@code field}, never a Java name. Server
 * errors keep Micronaut's problem without details.
 */
@Singleton
@Replaces(ProblemErrorResponseProcessor.class)
public class ClientErrorProblems extends ProblemErrorResponseProcessor {

    private final Problems problems;

    ClientErrorProblems(ProblemConfiguration config, Problems problems) {
        super(config);
        this.problems = problems;
    }

    @Override
    @SuppressWarnings("unchecked")
    public @NonNull MutableHttpResponse<Problem> processResponse(@NonNull ErrorContext errorContext,
                                                                 @NonNull MutableHttpResponse<?> response) {
        HttpStatus status = response.getStatus();
        if (status.getCode() < 400 || status.getCode() >= 500) {
            return super.processResponse(errorContext, response);
        }
        if (status == HttpStatus.NOT_FOUND && ClientErrors.cause(errorContext).isEmpty()) {
            return (MutableHttpResponse<Problem>) problems.notFound(response, errorContext.getRequest());
        }
        return (MutableHttpResponse<Problem>) problems.write(response, errorContext.getRequest(), status,
                ClientErrors.refusal(errorContext, status));
    }
}
