package se.samverka.platform.core.security;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Whether Keycloak answers, asked at most every few seconds: the login page tells the user clearly
 * when it does not (instead of failing on the way there), and /health reports it with the reason.
 * Nothing is cached for longer, so sign-in works again as soon as Keycloak is back, without a restart.
 *
 * <p>A wrong {@code OIDC_ISSUER} (nothing listening, or a server that is not a realm's issuer) does
 * not stop the portal: it cannot be told from Keycloak starting later than the portal, which is
 * ordinary when a whole cluster starts. The start-up log names the variable and what is wrong,
 * and readiness shows it, while the portal stays ready for users who are signed in.
 */
@Singleton
@Requires(property = "samverka.oidc.enabled", value = "true")
public class OidcAvailability {

    private static final Logger LOG = LoggerFactory.getLogger(OidcAvailability.class);
    private static final Duration REMEMBER = Duration.ofSeconds(5);
    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final String issuer;
    private final URI discovery;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private volatile Instant checkedAt = Instant.EPOCH;
    private volatile Optional<String> problem = Optional.of("not asked yet");

    OidcAvailability(@Value("${samverka.oidc.issuer}") String issuer, Clock clock) {
        this.issuer = issuer;
        this.discovery = URI.create(issuer.replaceFirst("/$", "") + "/.well-known/openid-configuration");
        this.clock = clock;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (!isAvailable()) {
            LOG.warn("Keycloak: OIDC_ISSUER={}: {}. The portal runs; sign-in through Keycloak and bearer tokens "
                    + "wait until it answers (see /health/readiness).", issuer, problem().orElse(""));
        }
    }

    public boolean isAvailable() {
        Instant now = clock.instant();
        if (now.isAfter(checkedAt.plus(REMEMBER))) {
            problem = ask();
            checkedAt = now;
        }
        return problem.isEmpty();
    }

    /** Why Keycloak is not available, in words an operator acts on; empty while it answers. */
    public Optional<String> problem() {
        isAvailable();
        return problem;
    }

    public URI discoveryUri() {
        return discovery;
    }

    private Optional<String> ask() {
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(discovery).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() == 200) {
                return Optional.empty();
            }
            return Optional.of("HTTP " + response.statusCode() + " from " + discovery
                    + " (is OIDC_ISSUER the realm's issuer, https://<host>/realms/<realm>?)");
        } catch (java.io.IOException | IllegalArgumentException e) {
            return Optional.of("nothing answers at " + discovery + " (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted while asking " + discovery);
        }
    }
}
