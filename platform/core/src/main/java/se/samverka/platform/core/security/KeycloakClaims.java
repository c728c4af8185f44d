package se.samverka.platform.core.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the realm's claims: {@code roles}, {@code tenants} and {@code organization} (see the realm file). */
final class KeycloakClaims {

    static final String ROLES = "roles";
    static final String TENANTS = "tenants";
    static final String ORGANIZATION = "organization";

    private KeycloakClaims() {
    }

    static List<String> roles(Map<String, Object> claims) {
        return strings(claims.get(ROLES));
    }

    static List<String> tenants(Map<String, Object> claims) {
        return strings(claims.get(TENANTS));
    }

    /**
     * Keycloak's organization claim is a list of aliases, or a map from alias to details when the
     * mapper adds attributes; a partner user belongs to one organisation.
     */
    static Optional<String> organisation(Map<String, Object> claims) {
        Object value = claims.get(ORGANIZATION);
        if (value instanceof Map<?, ?> map) {
            return map.keySet().stream().map(String::valueOf).findFirst();
        }
        return strings(value).stream().findFirst();
    }

    private static List<String> strings(Object value) {
        if (value instanceof Collection<?> c) {
            return c.stream().map(String::valueOf).toList();
        }
        if (value instanceof String s && !s.isBlank()) {
            return List.of(s);
        }
        return List.of();
    }
}
