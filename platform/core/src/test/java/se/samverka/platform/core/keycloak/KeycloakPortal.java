package se.samverka.platform.core.keycloak;

import se.samverka.testkit.FreePorts;
import se.samverka.testkit.KeycloakServer;
import se.samverka.testkit.PortalTestServer;

import java.util.Map;

/**
 * A real Keycloak (the repository's realm) and the portal signed in against it, in the
 * {@code keycloak} environment, shared by the Keycloak test classes of this JVM: Keycloak takes
 * tens of seconds to start. Under CI=true, as everywhere, a Keycloak that does not come up fails.
 */
final class KeycloakPortal {

    private static KeycloakPortal shared;

    final KeycloakServer keycloak;
    final PortalTestServer portal;

    private KeycloakPortal(KeycloakServer keycloak, PortalTestServer portal) {
        this.keycloak = keycloak;
        this.portal = portal;
    }

    /** The cluster's monitoring token: health details and metrics (the chart's ServiceMonitor sends it). */
    static final String METRICS_TOKEN = "keycloak-tests-metrics-token-0123456789";

    static synchronized KeycloakPortal shared() {
        if (shared == null) {
            int port = FreePorts.next();
            KeycloakServer keycloak = KeycloakServer.start("http://localhost:" + port);
            try {
                PortalTestServer portal = PortalTestServer.start(PortalTestServer.repositoryTenantsWithoutModules(), Map.of(
                        "micronaut.server.port", port,
                        "samverka.oidc.issuer", keycloak.issuer(),
                        "samverka.oidc.client-secret", keycloak.clientSecret("portal"),
                        "samverka.oidc.admin.client-secret", keycloak.clientSecret("portal-admin"),
                        "samverka.metrics.token", METRICS_TOKEN), "keycloak");
                shared = new KeycloakPortal(keycloak, portal);
                Runtime.getRuntime().addShutdownHook(new Thread(portal::close));
            } catch (RuntimeException e) {
                keycloak.close();
                throw e;
            }
            System.out.printf("Keycloak (%s start) ready in %.1f s%n", keycloak.startKind(), keycloak.startSeconds());
        }
        return shared;
    }
}
