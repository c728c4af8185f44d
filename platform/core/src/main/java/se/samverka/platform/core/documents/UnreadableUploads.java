package se.samverka.platform.core.documents;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.servlet.http.ServletHttpRequest;
import io.micronaut.web.router.RouteAttributes;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import se.samverka.platform.api.documents.DocumentStore;
import se.samverka.platform.api.refusal.Refusal;
import se.samverka.platform.api.refusal.TooLarge;
import se.samverka.platform.api.refusal.UnreadableParameter;
import se.samverka.platform.core.api.Problems;

import java.util.Optional;

/**
 * A multipart body the servlet engine cannot read (no or a wrong boundary, a part that never ends, a
 * NUL in a file name, which Tomcat refuses outright) or one over the multipart limit: the platform's
 * translated problem (400, or 413 like the store's own limit) instead of the 500 Micronaut makes of the
 * engine's exception when it binds the parts. The parts are read here, after authentication and the
 * tenant check; Tomcat keeps them for the controller's binding.
 */
@ServerFilter("/api/**")
public class UnreadableUploads implements Ordered {

    private final Problems problems;
    private final DocumentStore store;

    UnreadableUploads(Problems problems, DocumentStore store) {
        this.problems = problems;
        this.store = store;
    }

    @Override
    public int getOrder() {
        // after the security filter and the tenant filter (TenantApiFilter)
        return ServerFilterPhase.SECURITY.after() + 1;
    }

    @RequestFilter
    public Optional<MutableHttpResponse<?>> filter(HttpRequest<?> request) {
        boolean multipart = request.getContentType().map(type -> type.matches(MediaType.MULTIPART_FORM_DATA_TYPE)).orElse(false);
        if (!multipart && RouteAttributes.getRouteInfo(request)
                .map(route -> route.explicitlyConsumes(MediaType.MULTIPART_FORM_DATA_TYPE)).orElse(false)) {
            // an upload without a multipart body (no Content-Type at all, or another type): binding its parts
            // would make the engine's exception a 500, and Micronaut's own 415 asks for JSON
            return Optional.of(problems.of(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "documents.upload-unreadable"));
        }
        if (!multipart || !(request instanceof ServletHttpRequest<?, ?> servlet)
                || !(servlet.getNativeRequest() instanceof HttpServletRequest parts)) {
            return Optional.empty();
        }
        try {
            parts.getParts();
            return Optional.empty();
        } catch (Exception unreadable) {
            return Optional.of(problems.of(request, refusal(unreadable)));
        }
    }

    private Refusal refusal(Throwable unreadable) {
        for (Throwable cause = unreadable; cause != null; cause = cause.getCause()) {
            if (cause instanceof SizeException) {
                return new TooLarge("documents.upload-too-large", null, store.maxSize() / (1024 * 1024));
            }
            if (cause instanceof InvalidFileNameException) {
                return new UnreadableParameter("documents.name-unreadable").at("/file");
            }
        }
        return new UnreadableParameter("documents.upload-unreadable");
    }
}
