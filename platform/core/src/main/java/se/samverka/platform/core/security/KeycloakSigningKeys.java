package se.samverka.platform.core.security;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.security.token.jwt.signature.jwks.JwksSignatureConfiguration;
import io.micronaut.security.token.jwt.signature.jwks.JwksSignatureConfigurationProperties;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/**
 * The realm's signing keys (JWKS) by their own address, for the bearer tokens of the REST API.
 * Micronaut also derives a JWKS signature from the OpenID discovery document, but only if Keycloak
 * answered while the portal started: a portal that came up before Keycloak would refuse every
 * bearer token until restarted. This one is fetched when a token arrives and again when a key it
 * does not know appears (Keycloak's key rotation).
 */
@Factory
@Requires(property = "samverka.oidc.enabled", value = "true")
class KeycloakSigningKeys {

    static final String NAME = "keycloak-realm";

    @Singleton
    @Named(NAME)
    JwksSignatureConfiguration realmKeys(@Value("${samverka.oidc.issuer}") String issuer) {
        JwksSignatureConfigurationProperties keys = new JwksSignatureConfigurationProperties(NAME);
        keys.setUrl(issuer.replaceFirst("/$", "") + "/protocol/openid-connect/certs");
        return keys;
    }
}
