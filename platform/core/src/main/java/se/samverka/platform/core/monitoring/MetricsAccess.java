package se.samverka.platform.core.monitoring;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.ConfigurationInterceptUrlMapRule;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import io.micronaut.security.rules.SensitiveEndpointRule;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import se.samverka.platform.api.security.Roles;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Who may read the metrics ({@code /prometheus}): the platform administrator, and the cluster's
 * Prometheus with the bearer token {@code samverka.metrics.token} (the chart gives the pod and the
 * ServiceMonitor the same Secret). Nobody else: the metrics name every route, the pool's size and the
 * load, and without a token configured only the administrator reads them.
 */
@Singleton
public class MetricsAccess implements SecurityRule<HttpRequest<?>> {

    static final String PATH = "/prometheus";
    private static final String BEARER = "Bearer ";

    private final byte[] token;

    MetricsAccess(@Value("${samverka.metrics.token:}") String token) {
        this.token = token.isBlank() ? null : token.trim().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public Publisher<SecurityRuleResult> check(@Nullable HttpRequest<?> request, @Nullable Authentication authentication) {
        if (request == null || !PATH.equals(request.getPath())) {
            return Mono.just(SecurityRuleResult.UNKNOWN);
        }
        boolean allowed = (authentication != null && authentication.getRoles().contains(Roles.PLATFORM_ADMIN))
                || carriesToken(request);
        return Mono.just(allowed ? SecurityRuleResult.ALLOWED : SecurityRuleResult.REJECTED);
    }

    /** Whether the request carries the cluster's token (never true while none is configured). */
    boolean carriesToken(HttpRequest<?> request) {
        String header = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (token == null || header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return false;
        }
        // constant time: the comparison does not tell how much of a guess was right
        return MessageDigest.isEqual(token, header.substring(BEARER.length()).trim().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public int getOrder() {
        // before Micronaut's rules: the endpoint rule lets a non-sensitive endpoint in, whoever asks
        return Math.min(ConfigurationInterceptUrlMapRule.ORDER, SensitiveEndpointRule.ORDER) - 100;
    }
}
