package se.samverka.platform.core.api;

import io.micronaut.core.bind.exceptions.UnsatisfiedArgumentException;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.web.router.exceptions.UnsatisfiedBodyRouteException;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import se.samverka.platform.api.refusal.NotPermitted;
import se.samverka.platform.api.refusal.Refusal;
import se.samverka.platform.api.refusal.UnreadableBody;
import se.samverka.platform.api.refusal.UnreadableParameter;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

/**
 * What a client error Micronaut found is, as a refusal of the platform's vocabulary: the refusal itself
 * when one caused it (the strict JSON reader's), a violated constraint at its field (a JSON pointer for a
 * body's field, the name for a parameter), a parameter that cannot be converted or is missing, else the
 * status's own message (a 404 without a refusal is {@link Problems#notFound}'s).
 */
final class ClientErrors {

    private static final Map<Integer, String> BY_STATUS = Map.of(
            400, "refusal.request.invalid",
            401, "refusal.sign-in",
            405, "refusal.request.method",
            406, "refusal.request.not-acceptable",
            413, "refusal.request.too-large",
            415, "refusal.request.media-type");

    private ClientErrors() {
    }

    /** The refusal that caused the error, wrapped by Micronaut or not. */
    static Optional<Refusal> cause(ErrorContext context) {
        for (Throwable cause = context.getRootCause().orElse(null); cause != null;
             cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof Refusal refusal) {
                return Optional.of(refusal);
            }
        }
        return Optional.empty();
    }

    static Refusal refusal(ErrorContext context, HttpStatus status) {
        Optional<Refusal> refusal = cause(context);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        Throwable root = context.getRootCause().orElse(null);
        if (root instanceof ConstraintViolationException violations && !violations.getConstraintViolations().isEmpty()) {
            return violated(violations);
        }
        if (root instanceof ConversionErrorException conversion) {
            String name = conversion.getArgument().getName();
            return new UnreadableParameter("refusal.parameter.unreadable", name).at(name);
        }
        if (root instanceof UnsatisfiedBodyRouteException) {
            return new UnreadableBody("refusal.body.none");
        }
        if (root instanceof UnsatisfiedRouteException unsatisfied) {
            String name = unsatisfied.getArgument().getName();
            return new UnreadableParameter("refusal.parameter.missing", name).at(name);
        }
        if (root instanceof UnsatisfiedArgumentException unsatisfied) {
            if (unsatisfied.getArgument().getAnnotationMetadata().hasAnnotation(Body.class)) {
                return new UnreadableBody("refusal.body.none");
            }
            String name = unsatisfied.getArgument().getName();
            return new UnreadableParameter("refusal.parameter.missing", name).at(name);
        }
        if (status == HttpStatus.FORBIDDEN) {
            return new NotPermitted("refusal.role");
        }
        return new Refusal(BY_STATUS.getOrDefault(status.getCode(), "refusal.request.invalid"));
    }

    /** The first violated constraint (by path, so the answer is the same each time). */
    static Refusal violated(ConstraintViolationException violations) {
        return violations.getConstraintViolations().stream().min(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(ClientErrors::violated).orElseGet(() -> new UnreadableBody("refusal.request.invalid"));
    }

    /** A violated constraint of a controller's parameter or of a property of its body. */
    private static Refusal violated(ConstraintViolation<?> violation) {
        String parameter = null;
        StringBuilder pointer = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                Optional.ofNullable(node.getIndex()).ifPresent(i -> pointer.append('/').append(i));
                if (node.getName() != null && !node.getName().startsWith("<")) {
                    pointer.append('/').append(node.getName());
                }
            }
        }
        boolean inBody = !pointer.isEmpty();
        String field = inBody ? pointer.toString() : String.valueOf(parameter);
        String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        Object limit = violation.getConstraintDescriptor().getAttributes().get("value");
        String key = switch (constraint) {
            case "NotNull", "NotBlank", "NotEmpty" -> "refusal.value.required";
            case "Min", "DecimalMin", "Positive", "PositiveOrZero" -> "refusal.value.min";
            case "Max", "DecimalMax" -> "refusal.value.max";
            default -> "refusal.value.invalid";
        };
        Object shownLimit = limit != null ? limit : constraint.equals("Positive") ? 1 : 0;
        Refusal refusal = inBody ? new UnreadableBody(key, field, shownLimit) : new UnreadableParameter(key, field, shownLimit);
        return refusal.at(field);
    }
}
