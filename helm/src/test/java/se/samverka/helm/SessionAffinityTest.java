package se.samverka.helm;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Vaadin keeps UI state in the server session: the Ingress keeps each user on one pod. */
class SessionAffinityTest {

    @Test
    void theIngressPinsAUserToOnePodWithACookie() {
        JsonNode annotations = Chart.withDefaultValues().render().one("Ingress").path("metadata").path("annotations");

        assertThat(annotations.path("nginx.ingress.kubernetes.io/affinity").asText()).isEqualTo("cookie");
        assertThat(annotations.path("nginx.ingress.kubernetes.io/session-cookie-name").asText()).isEqualTo("samverka_route");
        assertThat(annotations.path("nginx.ingress.kubernetes.io/session-cookie-max-age").asText()).isEqualTo("28800");
        // persistent: adding pods does not move existing users (and their UI state) elsewhere
        assertThat(annotations.path("nginx.ingress.kubernetes.io/affinity-mode").asText()).isEqualTo("persistent");
    }

    @Test
    void theAffinityCookieIsNotThePortalsSessionCookie() {
        JsonNode annotations = Chart.withProductionValues().render().one("Ingress").path("metadata").path("annotations");

        assertThat(annotations.path("nginx.ingress.kubernetes.io/session-cookie-name").asText())
                .isNotBlank()
                .isNotEqualTo("samverka_session");
        assertThat(annotations.path("nginx.ingress.kubernetes.io/session-cookie-secure").asText()).isEqualTo("true");
        assertThat(annotations.path("cert-manager.io/cluster-issuer").asText()).isEqualTo("letsencrypt-prod");
    }

    @Test
    void everyHostIsServedOverTlsByThePortalService() {
        JsonNode spec = Chart.withProductionValues().render().one("Ingress").path("spec");
        List<String> ruleHosts = new ArrayList<>();
        spec.path("rules").forEach(rule -> {
            ruleHosts.add(rule.path("host").asText());
            JsonNode backend = rule.path("http").path("paths").get(0).path("backend").path("service");
            assertThat(backend.path("name").asText()).isEqualTo("samverka");
            assertThat(backend.path("port").path("name").asText()).isEqualTo("http");
        });
        List<String> tlsHosts = new ArrayList<>();
        spec.path("tls").get(0).path("hosts").forEach(h -> tlsHosts.add(h.asText()));

        assertThat(ruleHosts).containsExactly(
                "samverka.kommun.example", "orust.samverka.kommun.example", "almhult.samverka.kommun.example");
        assertThat(tlsHosts).containsExactlyElementsOf(ruleHosts);
        assertThat(spec.path("tls").get(0).path("secretName").asText()).isEqualTo("samverka-prod-tls");
        assertThat(spec.path("ingressClassName").asText()).isEqualTo("nginx");
    }

    @Test
    void uploadsUpToThePortalsLimitPassTheIngress() {
        JsonNode annotations = Chart.withDefaultValues().render().one("Ingress").path("metadata").path("annotations");

        assertThat(annotations.path("nginx.ingress.kubernetes.io/proxy-body-size").asText()).isEqualTo("25m");
    }
}
