package se.samverka.platform.core.security;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;

/**
 * A failure on the way to or back from Keycloak (it is down, or the callback is not valid) sends the
 * user to the login page with a translated explanation, never to an error document.
 */
@ServerFilter("/oauth/**")
public class OidcErrorRedirect {

    private static final Logger LOG = LoggerFactory.getLogger(OidcErrorRedirect.class);

    @ResponseFilter
    public MutableHttpResponse<?> filter(MutableHttpResponse<?> response) {
        int status = response.getStatus().getCode();
        if (status >= 400 && status != 401) {
            LOG.warn("Sign-in through Keycloak failed with HTTP {}", status);
            return HttpResponse.seeOther(URI.create("/login?error=unavailable"));
        }
        if (status == 401) {
            return HttpResponse.seeOther(URI.create("/login?error=denied"));
        }
        return response;
    }
}
