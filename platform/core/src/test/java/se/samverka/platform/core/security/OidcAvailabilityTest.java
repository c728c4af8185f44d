package se.samverka.platform.core.security;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.samverka.testkit.FreePorts;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** What readiness and the start-up log say about an OIDC_ISSUER that is not a working realm. */
class OidcAvailabilityTest {

    private final LoginThrottleTest.MovableClock clock = new LoginThrottleTest.MovableClock();
    private HttpServer server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void anIssuerWhereNothingListensIsReportedAsNothingAnswering() {
        OidcAvailability availability = new OidcAvailability("http://127.0.0.1:" + FreePorts.next() + "/realms/samverka", clock);

        assertThat(availability.isAvailable()).isFalse();
        assertThat(availability.problem()).get().asString().startsWith("nothing answers at http://127.0.0.1:")
                .contains("/realms/samverka/.well-known/openid-configuration");
    }

    @Test
    void aServerThatIsNotARealmIsReportedWithItsStatusAndWhatTheIssuerShouldLookLike() throws IOException {
        String issuer = serve(404, "Not Found") + "/realms/no-such-realm";
        OidcAvailability availability = new OidcAvailability(issuer, clock);

        assertThat(availability.problem()).get().asString()
                .startsWith("HTTP 404 from " + issuer + "/.well-known/openid-configuration")
                .contains("OIDC_ISSUER");
    }

    @Test
    void aRealmThatAnswersIsAvailableAndTheAnswerIsAskedAgainAfterAFewSeconds() throws IOException {
        String base = serve(200, "{}");
        OidcAvailability availability = new OidcAvailability(base + "/realms/samverka/", clock);
        assertThat(availability.isAvailable()).isTrue();
        assertThat(availability.problem()).isEmpty();

        server.stop(0);
        server = null;
        assertThat(availability.isAvailable()).as("remembered for a few seconds").isTrue();
        clock.now = clock.now.plusSeconds(6);
        assertThat(availability.isAvailable()).as("asked again").isFalse();
    }

    private String serve(int status, String body) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }
}
