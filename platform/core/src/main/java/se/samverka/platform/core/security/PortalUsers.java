package se.samverka.platform.core.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** The portal's user records: the first sign-in creates one, later ones update name and e-mail. */
@Singleton
public class PortalUsers {

    private final PortalUserRepository repository;
    private final Clock clock;

    PortalUsers(PortalUserRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Transactional
    public PortalUserRecord signedIn(String subject, String username, String displayName, @Nullable String email) {
        Instant now = clock.instant();
        Optional<PortalUserRecord> existing = repository.findById(subject);
        if (existing.isPresent()) {
            return repository.update(new PortalUserRecord(subject, username, displayName, email,
                    existing.get().firstSeen(), now));
        }
        return repository.save(new PortalUserRecord(subject, username, displayName, email, now, now));
    }

    public Optional<PortalUserRecord> find(String subject) {
        return repository.findById(subject);
    }
}
