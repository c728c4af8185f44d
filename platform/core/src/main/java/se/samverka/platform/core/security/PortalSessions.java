package se.samverka.platform.core.security;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.samverka.platform.api.security.CurrentUser.PortalUser;
import se.samverka.platform.core.users.UserDirectory;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Server-side sessions, so that a session ends when it should, on every instance at once.
 *
 * <p>Why a row per session rather than a short-lived cookie refreshed from a server-side session: the
 * cookie stays what Micronaut makes and reads (a signed JWT), it only gains the row's random id (claim
 * {@code sid}); every authenticated request, API and Vaadin alike, reads the row by its key (no cache,
 * so sign-out holds across instances on the same database at once, at the cost of one primary-key
 * read per request). A cookie without a row, or with a revoked or expired one, is no session.
 *
 * <p>The row also holds what the user may do: roles, tenants and organisation, as last read from the
 * {@link UserDirectory} (Keycloak's admin API, or the demo users). They are read again at most every
 * {@code samverka.session.roles-refresh} (2 minutes by default), and at once on the next request after
 * the portal's user administration changed the person; a user the directory no longer knows (deleted,
 * disabled, without any role) has their sessions ended. While Keycloak does not answer the last
 * roles stay (signed-in users keep working) and are read again at the next interval.
 */
@Singleton
public class PortalSessions {

    private static final Logger LOG = LoggerFactory.getLogger(PortalSessions.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    /** last-seen is written at most this often: one write per minute and session, not per request. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
    /** Expired rows are kept this long (for an administrator's questions), then deleted at a sign-in. */
    private static final Duration KEEP_EXPIRED = Duration.ofDays(7);
    /** "Read long ago": within TIMESTAMP's range, which starts after the epoch on MariaDB. */
    private static final Instant LONG_AGO = Instant.parse("2000-01-01T00:00:00Z");

    private final PortalSessionRepository repository;
    private final BeanProvider<UserDirectory> directory;
    private final Optional<OidcAvailability> keycloak;
    private final Duration lifetime;
    private final Duration rolesRefresh;
    private final Clock clock;

    PortalSessions(PortalSessionRepository repository, BeanProvider<UserDirectory> directory,
                   Optional<OidcAvailability> keycloak,
                   @Value("${micronaut.security.token.generator.access-token.expiration:3600}") long lifetimeSeconds,
                   @Value("${samverka.session.roles-refresh:2m}") Duration rolesRefresh, Clock clock) {
        this.repository = repository;
        this.directory = directory;
        this.keycloak = keycloak;
        this.lifetime = Duration.ofSeconds(lifetimeSeconds);
        this.rolesRefresh = rolesRefresh;
        this.clock = clock;
    }

    /** A new session for a user who has just signed in; returns its id for the cookie. */
    public String open(PortalUser user, @Nullable String subject) {
        return open(user, subject, clock.instant());
    }

    /**
     * A session whose identity is taken as given and not read again from the directory: for made-up
     * users without a directory entry (tests' signed sessions). Sign-out and expiry end it as any other.
     */
    public String openAsGiven(PortalUser user) {
        return open(user, null, clock.instant().plus(lifetime));
    }

    private String open(PortalUser user, @Nullable String subject, Instant rolesReadAt) {
        Instant now = clock.instant();
        repository.deleteExpiredBefore(now.minus(KEEP_EXPIRED));
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        repository.save(PortalSession.of(id, user, subject, now, rolesReadAt.isAfter(now) ? rolesReadAt : now,
                now.plus(lifetime)));
        return id;
    }

    /** The user of a valid session, with roles at most {@code roles-refresh} old; empty if it has ended. */
    public Optional<PortalUser> check(String id) {
        Instant now = clock.instant();
        Optional<PortalSession> found = repository.findById(id).filter(s -> s.isValidAt(now));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        PortalSession session = found.get();
        if (!session.rolesReadAt().plus(rolesRefresh).isAfter(now)) {
            Optional<PortalSession> refreshed = refresh(session, now);
            if (refreshed.isEmpty()) {
                return Optional.empty();
            }
            session = refreshed.get();
        } else if (!session.lastSeenAt().plus(TOUCH_EVERY).isAfter(now)) {
            repository.touch(id, now);
        }
        return Optional.of(session.user());
    }

    /** Sign-out: the session ends on every instance. */
    public void revoke(String id) {
        repository.revoke(id, clock.instant());
    }

    /** Ends every session of the user (an administrator's answer to a stolen account). */
    public int revokeAllOf(String username) {
        return repository.revokeAllOf(username, clock.instant());
    }

    /** The user's roles or memberships changed: their sessions read them again at the next request. */
    public void rolesChanged(String username) {
        repository.rolesChanged(username, LONG_AGO);
    }

    private Optional<PortalSession> refresh(PortalSession session, Instant now) {
        if (keycloak.isPresent() && !keycloak.get().isAvailable()) {
            return Optional.of(keep(session, now));
        }
        Optional<PortalUser> current;
        try {
            current = directory.get().identity(session.username());
        } catch (RuntimeException unavailable) {
            LOG.warn("Could not read the roles of {} again ({}); the session keeps its roles until the next try",
                    session.username(), unavailable.getMessage());
            return Optional.of(keep(session, now));
        }
        if (current.isEmpty() || current.get().roles().isEmpty()) {
            LOG.info("Ending the sessions of {}: the user directory no longer knows them or they have no role",
                    session.username());
            revokeAllOf(session.username());
            return Optional.empty();
        }
        return Optional.of(keep(session.withIdentity(current.get(), now), now));
    }

    /** Writes what was read (never un-revoking a session that a sign-out ended meanwhile). */
    private PortalSession keep(PortalSession session, Instant now) {
        repository.identityRead(session.id(), session.displayName(), session.roles(), session.tenants(),
                session.organisation(), now);
        return session;
    }
}
