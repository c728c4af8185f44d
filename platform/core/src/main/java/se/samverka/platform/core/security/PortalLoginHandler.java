package se.samverka.platform.core.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.security.authentication.AuthenticationFailed;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.config.RedirectConfiguration;
import io.micronaut.security.config.RedirectService;
import io.micronaut.security.errors.PriorToLoginPersistence;
import io.micronaut.security.token.cookie.AccessTokenCookieConfiguration;
import io.micronaut.security.token.cookie.LoginCookieProvider;
import io.micronaut.security.token.cookie.RefreshTokenCookieConfiguration;
import io.micronaut.security.token.cookie.TokenCookieLoginHandler;
import io.micronaut.security.token.generator.AccessTokenConfiguration;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import jakarta.inject.Singleton;

import java.net.URI;
import java.util.List;

/**
 * Micronaut's cookie login handler, plus: after sign-in the user lands where they were going
 * ({@code next}, a local path only), and a failed sign-in says why (wrong password or throttled).
 */
@Singleton
@Replaces(TokenCookieLoginHandler.class)
public class PortalLoginHandler extends TokenCookieLoginHandler {

    PortalLoginHandler(RedirectService redirectService, RedirectConfiguration redirectConfiguration,
                       AccessTokenCookieConfiguration accessTokenCookieConfiguration,
                       RefreshTokenCookieConfiguration refreshTokenCookieConfiguration,
                       AccessTokenConfiguration accessTokenConfiguration,
                       AccessRefreshTokenGenerator accessRefreshTokenGenerator,
                       @Nullable PriorToLoginPersistence<HttpRequest<?>, MutableHttpResponse<?>> priorToLoginPersistence,
                       List<LoginCookieProvider<HttpRequest<?>>> loginCookieProviders) {
        super(redirectService, redirectConfiguration, accessTokenCookieConfiguration, refreshTokenCookieConfiguration,
                accessTokenConfiguration, accessRefreshTokenGenerator, priorToLoginPersistence, loginCookieProviders);
    }

    /** Cookie in which the login page keeps the target while the browser visits Keycloak. */
    public static final String NEXT_COOKIE = "samverka_next";

    @Override
    protected MutableHttpResponse<?> createSuccessResponse(HttpRequest<?> request) {
        String kept = request.getCookies().findCookie(NEXT_COOKIE).map(c -> c.getValue()).orElse(null);
        String next = request.getParameters().get("next") != null ? request.getParameters().get("next") : kept;
        MutableHttpResponse<?> response = isLocalPath(next) ? HttpResponse.seeOther(URI.create(next))
                : super.createSuccessResponse(request);
        if (kept != null) {
            response.cookie(io.micronaut.http.cookie.Cookie.of(NEXT_COOKIE, "").path("/").maxAge(0));
        }
        return response;
    }

    @Override
    public MutableHttpResponse<?> loginFailed(AuthenticationResponse failure, HttpRequest<?> request) {
        boolean locked = failure instanceof AuthenticationFailed failed
                && failed.getReason() == AuthenticationFailureReason.ACCOUNT_LOCKED;
        String next = request.getParameters().get("next");
        String location = "/login?error=" + (locked ? "throttled" : "credentials")
                + (isLocalPath(next) ? "&next=" + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8) : "");
        return HttpResponse.seeOther(URI.create(location));
    }

    /** Only paths of this portal: no scheme, no host, no protocol-relative "//". */
    public static boolean isLocalPath(String next) {
        return next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\")
                && !next.contains("\r") && !next.contains("\n");
    }
}
