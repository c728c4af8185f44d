package se.samverka.platform.core.monitoring;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.management.endpoint.annotation.Endpoint;
import io.micronaut.management.endpoint.health.HealthEndpoint;
import io.micronaut.management.endpoint.health.HealthLevelOfDetail;
import io.micronaut.management.health.aggregator.HealthAggregator;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Liveness;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Inject;
import se.samverka.platform.api.security.Roles;

import java.security.Principal;

/**
 * Micronaut's health endpoint ({@code /health}, {@code /health/liveness}, {@code /health/readiness}),
 * answering everybody with the status (the chart's probes need no credentials) but only the platform
 * administrator, and the cluster's monitoring with the metrics token ({@link MetricsAccess}), with the
 * details: the database's URL and version, Keycloak's address and disk space are a map for an attacker. Micronaut's own choice ({@code details-visible}) is everybody or every signed-in
 * user, and a partner user is a signed-in user.
 */
@Endpoint(id = HealthEndpoint.NAME, defaultSensitive = HealthEndpoint.DEFAULT_SENSITIVE)
@Replaces(HealthEndpoint.class)
public class AdministratorHealthDetails extends HealthEndpoint {

    private final MetricsAccess cluster;

    @Inject
    AdministratorHealthDetails(HealthAggregator<HealthResult> healthAggregator, HealthIndicator[] healthIndicators,
                               @Liveness HealthIndicator[] livenessHealthIndicators, MetricsAccess cluster) {
        super(healthAggregator, healthIndicators, livenessHealthIndicators);
        this.cluster = cluster;
    }

    @Override
    protected HealthLevelOfDetail levelOfDetail(@Nullable Principal principal) {
        boolean detailed = isPlatformAdministrator(principal)
                || ServerRequestContext.currentRequest().map(cluster::carriesToken).orElse(false);
        return detailed ? HealthLevelOfDetail.STATUS_DESCRIPTION_DETAILS : HealthLevelOfDetail.STATUS;
    }

    static boolean isPlatformAdministrator(@Nullable Principal principal) {
        return principal instanceof Authentication authentication && authentication.getRoles().contains(Roles.PLATFORM_ADMIN);
    }
}
