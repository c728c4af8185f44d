package se.samverka.helm;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Ingress only from the ingress controller; egress only to DNS, the database, Keycloak and SMTP. */
class NetworkPolicyTest {

    @Test
    void onlyTheIngressControllerReachesThePortalPort() {
        JsonNode spec = Chart.withDefaultValues().render().one("NetworkPolicy").path("spec");

        assertThat(spec.path("policyTypes").toString()).isEqualTo("[\"Ingress\",\"Egress\"]");
        assertThat(spec.path("ingress")).hasSize(1);
        JsonNode rule = spec.path("ingress").get(0);
        JsonNode from = rule.path("from").get(0);
        assertThat(from.path("namespaceSelector").path("matchLabels").path("kubernetes.io/metadata.name").asText())
                .isEqualTo("ingress-nginx");
        assertThat(from.path("podSelector").path("matchLabels").path("app.kubernetes.io/name").asText())
                .isEqualTo("ingress-nginx");
        assertThat(rule.path("ports").get(0).path("port").asText()).isEqualTo("http");
    }

    @Test
    void egressGoesToDnsTheDatabaseKeycloakAndSmtpOnly() {
        JsonNode spec = Chart.withDefaultValues().render().one("NetworkPolicy").path("spec");

        assertThat(egressPorts(spec)).containsExactly("53/UDP", "53/TCP", "3306/TCP", "443/TCP", "587/TCP");
    }

    @Test
    void productionPeersAndPortsComeFromTheValues() {
        JsonNode spec = Chart.withProductionValues().render().one("NetworkPolicy").path("spec");
        JsonNode egress = spec.path("egress");

        assertThat(egress.get(1).path("to").get(0).path("namespaceSelector").path("matchLabels")
                .path("kubernetes.io/metadata.name").asText()).isEqualTo("databases");
        assertThat(egress.get(2).path("to").get(0).path("ipBlock").path("cidr").asText()).isEqualTo("10.20.0.0/16");
        assertThat(egress.get(3).path("to").get(0).path("ipBlock").path("cidr").asText()).isEqualTo("10.30.1.25/32");
        // with the ServiceMonitor, Prometheus may scrape the portal too
        assertThat(spec.path("ingress")).hasSize(2);
        assertThat(spec.path("ingress").get(1).path("from").get(0).path("namespaceSelector").path("matchLabels")
                .path("kubernetes.io/metadata.name").asText()).isEqualTo("monitoring");
    }

    @Test
    void withoutSmtpNoSmtpEgress() {
        JsonNode spec = Chart.withDefaultValues().set("smtp.enabled", false).render().one("NetworkPolicy").path("spec");

        assertThat(egressPorts(spec)).containsExactly("53/UDP", "53/TCP", "3306/TCP", "443/TCP");
    }

    private static List<String> egressPorts(JsonNode spec) {
        List<String> ports = new ArrayList<>();
        for (JsonNode rule : spec.path("egress")) {
            for (JsonNode port : rule.path("ports")) {
                ports.add(port.path("port").asText() + "/" + port.path("protocol").asText());
            }
        }
        return ports;
    }
}
