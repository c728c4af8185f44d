package se.samverka.platform.core.security;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import se.samverka.platform.core.api.Problems;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * An API call with HTTP Basic credentials that {@link LoginThrottle} holds back answers 429 with
 * {@code Retry-After} (a translated problem), so that a script learns to wait instead of reading 401
 * as a wrong password. The login form says the same on the login page.
 */
@ServerFilter("/api/**")
public class BasicSignInThrottle implements Ordered {

    private final LoginThrottle throttle;
    private final ClientAddress clientAddress;
    private final Problems problems;

    BasicSignInThrottle(LoginThrottle throttle, ClientAddress clientAddress, Problems problems) {
        this.throttle = throttle;
        this.clientAddress = clientAddress;
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }

    @RequestFilter
    public Optional<MutableHttpResponse<?>> filter(HttpRequest<?> request) {
        String authorization = request.getHeaders().get("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String username;
        try {
            String credentials = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
            username = credentials.contains(":") ? credentials.substring(0, credentials.indexOf(':')).trim() : credentials.trim();
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty(); // the security filter answers 401
        }
        Duration wait = throttle.waitFor(clientAddress.of(request), username);
        if (wait.isZero()) {
            return Optional.empty();
        }
        long seconds = new LoginThrottle.Throttled(wait).retryAfter().toSeconds();
        MutableHttpResponse<?> tooMany = problems.of(request, HttpStatus.TOO_MANY_REQUESTS, "login.throttled.api", String.valueOf(seconds));
        return Optional.of(tooMany.header("Retry-After", String.valueOf(seconds)));
    }
}
