package se.samverka.platform.core.calendar;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Each user's secret calendar feed address: a 256-bit random token in the URL, of which only the
 * SHA-256 is stored, so the address is shown once, when it is made. A new address revokes the old
 * one; a revoked or unknown token finds nobody.
 */
@Singleton
public class CalendarFeeds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int TOKEN_BYTES = 32;

    private final CalendarFeedRepository repository;
    private final Clock clock;
    private final String portalUrl;

    CalendarFeeds(CalendarFeedRepository repository, Clock clock,
                  @Value("${samverka.notifications.portal-url:`http://localhost:8080`}") String portalUrl) {
        this.repository = repository;
        this.clock = clock;
        this.portalUrl = portalUrl.replaceFirst("/+$", "");
    }

    /** Makes a new address for the user, revoking the one they had; returns the token. */
    @Transactional
    public String create(String username) {
        repository.deleteByUsername(username);
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        repository.save(new CalendarFeedRecord(hash(token), username, clock.instant()));
        return token;
    }

    @Transactional
    public void revoke(String username) {
        repository.deleteByUsername(username);
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return repository.findByUsername(username).isPresent();
    }

    /** Whose feed the token opens, if any. */
    @Transactional(readOnly = true)
    public Optional<String> owner(String token) {
        if (token == null || token.length() < 40 || token.length() > 64 || !token.matches("[A-Za-z0-9_-]+")) {
            return Optional.empty();
        }
        return repository.findById(hash(token)).map(CalendarFeedRecord::username);
    }

    /** The feed's address for a token. */
    public String url(String token) {
        return portalUrl + "/api/v1/calendar/" + token + ".ics";
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
