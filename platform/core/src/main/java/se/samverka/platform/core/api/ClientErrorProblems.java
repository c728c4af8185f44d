package se.samverka.platform.core.api;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.problem.HttpStatusType;
import io.micronaut.problem.ProblemErrorResponseProcessor;
import io.micronaut.problem.conf.ProblemConfiguration;
import jakarta.inject.Singleton;
import org.zalando.problem.Problem;
import org.zalando.problem.ProblemBuilder;
import org.zalando.problem.ThrowableProblem;

/**
 * problem+json for every API error. Client errors (4xx) say what was wrong, e.g. the JSON field that
 * is malformed or unknown, so the caller can fix the request; server errors never leak details.
 */
@Singleton
@Replaces(ProblemErrorResponseProcessor.class)
public class ClientErrorProblems extends ProblemErrorResponseProcessor {

    ClientErrorProblems(ProblemConfiguration config) {
        super(config);
    }

    @Override
    protected ThrowableProblem defaultProblem(@NonNull ErrorContext errorContext, @NonNull HttpStatus status) {
        if (status.getCode() < 400 || status.getCode() >= 500) {
            return super.defaultProblem(errorContext, status);
        }
        ProblemBuilder problem = Problem.builder().withStatus(new HttpStatusType(status)).withTitle(status.getReason());
        if (!errorContext.getErrors().isEmpty()) {
            Error error = errorContext.getErrors().get(0);
            error.getTitle().ifPresent(problem::withTitle);
            problem.withDetail(clean(error.getMessage()));
            error.getPath().ifPresent(path -> problem.with("path", path));
        } else if (status == HttpStatus.UNAUTHORIZED) {
            problem.withDetail("Sign in first: send the session cookie or HTTP Basic credentials.");
        } else if (status == HttpStatus.FORBIDDEN) {
            problem.withDetail("Your role does not allow this.");
        }
        return problem.build();
    }

    /** Drops the Java type names the JSON decoder puts in its messages. */
    private static String clean(String message) {
        if (message == null) {
            return null;
        }
        return message.replaceAll("\\s*of type:? \\[?[\\w.$]+]?", "").replaceAll("for type \\[[^]]*]", "").trim();
    }
}
