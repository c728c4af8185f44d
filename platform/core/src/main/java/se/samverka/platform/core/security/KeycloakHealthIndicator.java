package se.samverka.platform.core.security;

import io.micronaut.context.annotation.Requires;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Keycloak in /health. Reported, but it does not take the portal DOWN: signed-in users keep working
 * while Keycloak is away; only new sign-ins wait for it.
 */
@Singleton
@Requires(beans = OidcAvailability.class)
public class KeycloakHealthIndicator implements HealthIndicator {

    private final OidcAvailability availability;

    KeycloakHealthIndicator(OidcAvailability availability) {
        this.availability = availability;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        Optional<String> problem = availability.problem();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("discovery", availability.discoveryUri().toString());
        details.put("available", problem.isEmpty());
        problem.ifPresent(p -> details.put("problem", p));
        return Mono.just(HealthResult.builder("keycloak", problem.isEmpty() ? HealthStatus.UP
                        : new HealthStatus("DEGRADED", "Keycloak does not answer: new sign-ins wait", true, null))
                .details(details)
                .build());
    }
}
