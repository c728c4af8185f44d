package se.samverka.platform.core.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.security.authentication.Authentication;
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
import io.micronaut.servlet.http.ServletHttpRequest;
import jakarta.inject.Singleton;
import jakarta.servlet.http.HttpServletRequest;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Micronaut's cookie login handler, plus: every sign-in (form and Keycloak) opens a server-side
 * session whose id goes into the cookie ({@link PortalSessions}) and gets a new servlet session id
 * (against session fixation: an id planted before sign-in is worthless after it); the user lands
 * where they were going ({@code next}, a local path only, anything else goes to the start page), and a
 * failed sign-in says why (wrong password, or wait n seconds).
 */
@Singleton
@Replaces(TokenCookieLoginHandler.class)
public class PortalLoginHandler extends TokenCookieLoginHandler {

    private final PortalSessions sessions;

    PortalLoginHandler(RedirectService redirectService, RedirectConfiguration redirectConfiguration,
                       AccessTokenCookieConfiguration accessTokenCookieConfiguration,
                       RefreshTokenCookieConfiguration refreshTokenCookieConfiguration,
                       AccessTokenConfiguration accessTokenConfiguration,
                       AccessRefreshTokenGenerator accessRefreshTokenGenerator,
                       @Nullable PriorToLoginPersistence<HttpRequest<?>, MutableHttpResponse<?>> priorToLoginPersistence,
                       List<LoginCookieProvider<HttpRequest<?>>> loginCookieProviders, PortalSessions sessions) {
        super(redirectService, redirectConfiguration, accessTokenCookieConfiguration, refreshTokenCookieConfiguration,
                accessTokenConfiguration, accessRefreshTokenGenerator, priorToLoginPersistence, loginCookieProviders);
        this.sessions = sessions;
    }

    @Override
    public MutableHttpResponse<?> loginSuccess(Authentication authentication, HttpRequest<?> request) {
        Object subject = authentication.getAttributes().get(Claims.SUBJECT);
        String id = sessions.open(Claims.toUser(authentication), subject == null ? null : subject.toString());
        Map<String, Object> attributes = new HashMap<>(authentication.getAttributes());
        attributes.put(Claims.SESSION, id);
        rotateServletSession(request);
        return super.loginSuccess(Authentication.build(authentication.getName(), authentication.getRoles(), attributes),
                request);
    }

    /** The servlet session (Vaadin's) gets a new id; its cookie goes out with this answer. */
    private static void rotateServletSession(HttpRequest<?> request) {
        if (request instanceof ServletHttpRequest<?, ?> servlet
                && servlet.getNativeRequest() instanceof HttpServletRequest nativeRequest
                && nativeRequest.getSession(false) != null) {
            nativeRequest.changeSessionId();
        }
    }

    /**
     * Cookie in which the login page keeps the target while the browser visits Keycloak, URL-encoded
     * ({@link #nextCookieValue}): a cookie value may not hold spaces, quotes, commas or non-ASCII.
     */
    public static final String NEXT_COOKIE = "samverka_next";

    public static String nextCookieValue(String next) {
        return URLEncoder.encode(next, StandardCharsets.UTF_8);
    }

    private static String fromNextCookie(String value) {
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    @Override
    protected MutableHttpResponse<?> createSuccessResponse(HttpRequest<?> request) {
        String kept = request.getCookies().findCookie(NEXT_COOKIE).map(c -> fromNextCookie(c.getValue())).orElse(null);
        String next = request.getParameters().get("next") != null ? request.getParameters().get("next") : kept;
        Optional<URI> target = localTarget(next);
        MutableHttpResponse<?> response = target.isPresent() ? HttpResponse.seeOther(target.get())
                : super.createSuccessResponse(request);
        if (request.getCookies().findCookie(NEXT_COOKIE).isPresent()) {
            response.cookie(io.micronaut.http.cookie.Cookie.of(NEXT_COOKIE, "").path("/").maxAge(0));
        }
        return response;
    }

    @Override
    public MutableHttpResponse<?> loginFailed(AuthenticationResponse failure, HttpRequest<?> request) {
        String next = request.getParameters().get("next");
        String reason = failure instanceof LoginThrottle.Throttled throttled
                ? "throttled&wait=" + throttled.retryAfter().toSeconds() : "credentials";
        String location = "/login?error=" + reason
                + (isLocalPath(next) ? "&next=" + URLEncoder.encode(next, StandardCharsets.UTF_8) : "");
        return HttpResponse.seeOther(URI.create(location));
    }

    /** Only paths of this portal: no scheme, no host, no protocol-relative "//", no control characters. */
    public static boolean isLocalPath(String next) {
        return localTarget(next).isPresent();
    }

    /**
     * The target as an address for {@code Location}: a path of this portal, with spaces and non-ASCII
     * characters percent-encoded (as a browser sends them, e.g. a search for "Junis Göteborg"); empty
     * for anything else (another host, a scheme, a backslash, control characters, a malformed escape).
     */
    static Optional<URI> localTarget(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")) {
            return Optional.empty();
        }
        StringBuilder encoded = new StringBuilder();
        for (byte b : next.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x20 || c == 0x7f) {
                return Optional.empty();
            }
            if (c == ' ' || c >= 0x80 || c == '"' || c == '<' || c == '>' || c == '`' || c == '{' || c == '}'
                    || c == '|' || c == '^') {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            } else {
                encoded.append((char) c);
            }
        }
        try {
            URI uri = new URI(encoded.toString());
            return uri.getScheme() == null && uri.getRawAuthority() == null ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException malformed) {
            return Optional.empty();
        }
    }
}
