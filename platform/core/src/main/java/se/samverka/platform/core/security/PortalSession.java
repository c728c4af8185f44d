package se.samverka.platform.core.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import se.samverka.platform.api.security.CurrentUser.PortalUser;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The server side of one signed-in session (table {@code platform_sessions}): who it is for and what
 * they may do as last read from the user directory ({@code rolesReadAt}). Roles and tenants are kept
 * as comma-separated lists: role names and tenant ids contain no commas.
 */
@MappedEntity("platform_sessions")
record PortalSession(@Id String id, String username, @Nullable String subject, String displayName, String roles,
                     String tenants, @Nullable String organisation, Instant createdAt, Instant lastSeenAt,
                     Instant rolesReadAt, Instant expiresAt, @Nullable Instant revokedAt) {

    static PortalSession of(String id, PortalUser user, @Nullable String subject, Instant now, Instant rolesReadAt,
                            Instant expiresAt) {
        return new PortalSession(id, user.username(), subject, user.displayName(), String.join(",", user.roles()),
                String.join(",", user.tenants()), user.organisation().orElse(null), now, now, rolesReadAt, expiresAt, null);
    }

    boolean isValidAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    PortalUser user() {
        return new PortalUser(username, displayName, Set.copyOf(split(roles)), split(tenants), Optional.ofNullable(organisation));
    }

    /** The same session with the user's identity as the directory has it now. */
    PortalSession withIdentity(PortalUser user, Instant readAt) {
        return new PortalSession(id, username, subject, user.displayName(), String.join(",", user.roles()),
                String.join(",", user.tenants()), user.organisation().orElse(null), createdAt, lastSeenAt, readAt,
                expiresAt, revokedAt);
    }

    private static List<String> split(String list) {
        return list.isBlank() ? List.of() : Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toList());
    }
}
