package se.samverka.platform.core.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.util.HttpHostResolver;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.config.RedirectConfiguration;
import io.micronaut.security.config.RedirectService;
import io.micronaut.security.filters.SecurityFilter;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdAuthenticationMapper;
import io.micronaut.security.token.cookie.AccessTokenCookieConfiguration;
import io.micronaut.security.token.cookie.RefreshTokenCookieConfiguration;
import io.micronaut.security.token.cookie.TokenCookieClearerLogoutHandler;
import jakarta.inject.Singleton;

import java.net.URI;

/**
 * Signing out (a POST only: a link or an image on another page cannot sign anybody out) ends the
 * server-side session, so the cookie is worthless on every instance even if it was copied, clears
 * the portal's session cookie and, after a Keycloak sign-in, also ends the
 * Keycloak session (RP-initiated logout with {@code id_token_hint}), so the next visit asks for the
 * password again. Keycloak then returns the browser to the portal's login page.
 */
@Singleton
@Replaces(TokenCookieClearerLogoutHandler.class)
public class PortalLogoutHandler extends TokenCookieClearerLogoutHandler {

    private final boolean oidcEnabled;
    private final String issuer;
    private final String clientId;
    private final HttpHostResolver hostResolver;
    private final PortalSessions sessions;

    PortalLogoutHandler(AccessTokenCookieConfiguration accessTokenCookieConfiguration,
                        RefreshTokenCookieConfiguration refreshTokenCookieConfiguration,
                        RedirectConfiguration redirectConfiguration, RedirectService redirectService,
                        HttpHostResolver hostResolver, PortalSessions sessions,
                        @Value("${samverka.oidc.enabled:false}") boolean oidcEnabled,
                        @Value("${samverka.oidc.issuer:}") String issuer,
                        @Value("${samverka.oidc.client-id:portal}") String clientId) {
        super(accessTokenCookieConfiguration, refreshTokenCookieConfiguration, redirectConfiguration, redirectService);
        this.hostResolver = hostResolver;
        this.sessions = sessions;
        this.oidcEnabled = oidcEnabled;
        this.issuer = issuer;
        this.clientId = clientId;
    }

    @Override
    public MutableHttpResponse<?> logout(HttpRequest<?> request) {
        request.getAttribute(SecurityFilter.AUTHENTICATION, Authentication.class)
                .map(a -> a.getAttributes().get(Claims.SESSION))
                .ifPresent(id -> sessions.revoke(id.toString()));
        MutableHttpResponse<?> response = super.logout(request);
        if (!oidcEnabled) {
            return response;
        }
        String afterLogout = hostResolver.resolve(request) + logout;
        UriBuilder endSession = UriBuilder.of(URI.create(issuer.replaceFirst("/$", "") + "/protocol/openid-connect/logout"))
                .queryParam("client_id", clientId)
                .queryParam("post_logout_redirect_uri", afterLogout);
        request.getAttribute(SecurityFilter.AUTHENTICATION, Authentication.class)
                .map(a -> a.getAttributes().get(OpenIdAuthenticationMapper.OPENID_TOKEN_KEY))
                .ifPresent(idToken -> endSession.queryParam("id_token_hint", idToken));
        response.getHeaders().location(endSession.build());
        return response;
    }
}
