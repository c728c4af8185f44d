package se.samverka.platform.core.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** Someone who has signed in through Keycloak, keyed by the token's subject. */
@MappedEntity("portal_user")
public record PortalUserRecord(@Id String subject, String username, String displayName, @Nullable String email,
                               Instant firstSeen, Instant lastSeen) {
}
