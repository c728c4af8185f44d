package se.samverka.platform.core.security;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Whether Keycloak answers, asked at most every few seconds: the login page tells the user clearly
 * when it does not (instead of failing on the way there), and /health reports it. Nothing is cached
 * for longer, so sign-in works again as soon as Keycloak is back, without a restart.
 */
@Singleton
@Requires(property = "samverka.oidc.enabled", value = "true")
public class OidcAvailability {

    private static final Duration REMEMBER = Duration.ofSeconds(5);
    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final URI discovery;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private volatile Instant checkedAt = Instant.EPOCH;
    private volatile boolean available;

    OidcAvailability(@Value("${samverka.oidc.issuer}") String issuer, Clock clock) {
        this.discovery = URI.create(issuer.replaceFirst("/$", "") + "/.well-known/openid-configuration");
        this.clock = clock;
    }

    public boolean isAvailable() {
        Instant now = clock.instant();
        if (now.isAfter(checkedAt.plus(REMEMBER))) {
            available = ask();
            checkedAt = now;
        }
        return available;
    }

    public URI discoveryUri() {
        return discovery;
    }

    private boolean ask() {
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(discovery).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
