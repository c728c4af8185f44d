package se.samverka.platform.core.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestAuthenticationProvider;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Optional;

/**
 * The embedded default's sign-in: the login form and HTTP Basic on the API both end here. Wrong
 * passwords are throttled ({@link LoginThrottle}): an attempt that comes too early is refused with
 * the time to wait, before its password is looked at.
 */
@Singleton
public class DemoAuthenticationProvider<B> implements HttpRequestAuthenticationProvider<B> {

    private final DemoUsers users;
    private final LoginThrottle throttle;
    private final ClientAddress clientAddress;

    DemoAuthenticationProvider(DemoUsers users, LoginThrottle throttle, ClientAddress clientAddress) {
        this.users = users;
        this.throttle = throttle;
        this.clientAddress = clientAddress;
    }

    @Override
    public AuthenticationResponse authenticate(@Nullable HttpRequest<B> request,
                                               AuthenticationRequest<String, String> authRequest) {
        String username = authRequest.getIdentity() == null ? "" : authRequest.getIdentity().trim();
        String client = request == null ? "" : clientAddress.of(request);
        Duration wait = throttle.waitFor(client, username);
        if (!wait.isZero()) {
            return new LoginThrottle.Throttled(wait);
        }
        Optional<DemoUsers.DemoUser> user = users.find(username);
        boolean passwordMatches = MessageDigest.isEqual(
                DemoUsers.PASSWORD.getBytes(StandardCharsets.UTF_8),
                String.valueOf(authRequest.getSecret()).getBytes(StandardCharsets.UTF_8));
        if (user.isEmpty() || !passwordMatches) {
            throttle.failed(client, username);
            return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        }
        throttle.succeeded(client, username);
        DemoUsers.DemoUser demo = user.get();
        return AuthenticationResponse.success(demo.username(), demo.roles(),
                Claims.attributes(demo.displayName(), demo.tenants(), demo.organisation()));
    }
}
