package se.samverka.platform.core.security;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Whose address a sign-in counts against: X-Forwarded-For only from a trusted proxy. */
class ClientAddressTest {

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        ClientAddress address = new ClientAddress(List.of(""));

        assertThat(address.of("203.0.113.5", List.of("198.51.100.1"))).isEqualTo("203.0.113.5");
    }

    @Test
    void behindTheIngressTheRightMostAddressThatIsNoProxyIsTheClient() {
        ClientAddress address = new ClientAddress(List.of("10.0.0.0/8", "fc00::/7"));

        // a client may write its own X-Forwarded-For: the ingress appends the real one at the right
        assertThat(address.of("10.1.2.3", List.of("1.2.3.4, 198.51.100.7"))).isEqualTo("198.51.100.7");
        assertThat(address.of("10.1.2.3", List.of("198.51.100.7, 10.4.4.4"))).isEqualTo("198.51.100.7");
        assertThat(address.of("fd00::1", List.of("2001:db8::9"))).isEqualTo("2001:db8::9");
        assertThat(address.of("10.1.2.3", List.of())).isEqualTo("10.1.2.3");
        assertThat(address.of("192.0.2.1", List.of("198.51.100.7"))).as("not from a proxy").isEqualTo("192.0.2.1");
    }
}
