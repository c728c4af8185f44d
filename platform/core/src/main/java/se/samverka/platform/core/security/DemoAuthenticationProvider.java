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
import java.util.Optional;

/**
 * The embedded default's sign-in: the login form and HTTP Basic on the API both end here. Wrong
 * passwords are throttled; a locked name is refused even with the right password.
 */
@Singleton
public class DemoAuthenticationProvider<B> implements HttpRequestAuthenticationProvider<B> {

    private final DemoUsers users;
    private final LoginThrottle throttle;

    DemoAuthenticationProvider(DemoUsers users, LoginThrottle throttle) {
        this.users = users;
        this.throttle = throttle;
    }

    @Override
    public AuthenticationResponse authenticate(@Nullable HttpRequest<B> request,
                                               AuthenticationRequest<String, String> authRequest) {
        String username = authRequest.getIdentity() == null ? "" : authRequest.getIdentity().trim();
        if (throttle.isLocked(username)) {
            return AuthenticationResponse.failure(AuthenticationFailureReason.ACCOUNT_LOCKED);
        }
        Optional<DemoUsers.DemoUser> user = users.find(username);
        boolean passwordMatches = MessageDigest.isEqual(
                DemoUsers.PASSWORD.getBytes(StandardCharsets.UTF_8),
                String.valueOf(authRequest.getSecret()).getBytes(StandardCharsets.UTF_8));
        if (user.isEmpty() || !passwordMatches) {
            throttle.failed(username);
            return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        }
        throttle.succeeded(username);
        DemoUsers.DemoUser demo = user.get();
        return AuthenticationResponse.success(demo.username(), demo.roles(),
                Claims.attributes(demo.displayName(), demo.tenants(), demo.organisation()));
    }
}
