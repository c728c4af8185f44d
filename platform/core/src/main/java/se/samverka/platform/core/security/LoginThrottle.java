package se.samverka.platform.core.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.security.authentication.AuthenticationFailed;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing without ever locking anybody out. Wrong passwords are counted three
 * ways; past a few free failures each further attempt waits, the wait doubling from one second up to a
 * ceiling, and an attempt that comes too early is answered "try again in n seconds" without looking
 * at the password (and without counting):
 * <ul>
 *   <li>per client address and name: the guesser's own attempts at one account (ceiling 15 minutes);</li>
 *   <li>per client address, whatever the name: password spraying over many accounts from one place
 *       (ceiling 15 minutes);</li>
 *   <li>per name, from anywhere: guessing one account from many addresses. This is the one an
 *       attacker could turn against the account's owner, so its ceiling is short (a minute), and it
 *       does not apply to an address the name has signed in from before (kept 30 days).</li>
 * </ul>
 * Counts are forgotten after {@code forget-after} without failures; a sign-in clears its name's. Kept
 * in memory per instance (several instances multiply an attacker's rate by their number): the
 * embedded sign-in is for one-instance use, Keycloak's brute-force detection (the realm file) protects
 * production.
 */
@Singleton
public class LoginThrottle {

    private static final Duration FIRST_WAIT = Duration.ofSeconds(1);
    private static final Duration KNOWN_CLIENT_FOR = Duration.ofDays(30);
    /** Above this many remembered keys, forgotten ones are swept out (a sprayer makes many). */
    private static final int SWEEP_ABOVE = 10_000;

    private final Limit perName;
    private final Limit perClientAndName;
    private final Limit perClient;
    private final Duration forgetAfter;
    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Map<String, Instant> knownClients = new ConcurrentHashMap<>();

    LoginThrottle(@Value("${samverka.login-throttle.per-name.free-failures:5}") int nameFree,
                  @Value("${samverka.login-throttle.per-name.max-wait:60s}") Duration nameMax,
                  @Value("${samverka.login-throttle.per-client-and-name.free-failures:3}") int pairFree,
                  @Value("${samverka.login-throttle.per-client-and-name.max-wait:15m}") Duration pairMax,
                  @Value("${samverka.login-throttle.per-client.free-failures:20}") int clientFree,
                  @Value("${samverka.login-throttle.per-client.max-wait:15m}") Duration clientMax,
                  @Value("${samverka.login-throttle.forget-after:15m}") Duration forgetAfter,
                  Clock clock) {
        this.perName = new Limit("name:", nameFree, nameMax);
        this.perClientAndName = new Limit("pair:", pairFree, pairMax);
        this.perClient = new Limit("client:", clientFree, clientMax);
        this.forgetAfter = forgetAfter;
        this.clock = clock;
    }

    /** How long this client must wait before trying this name again; zero when it may try now. */
    public Duration waitFor(String client, String username) {
        Instant now = clock.instant();
        Duration wait = max(remaining(perClientAndName, pair(client, username), now), remaining(perClient, client, now));
        return isKnown(client, username, now) ? wait : max(wait, remaining(perName, key(username), now));
    }

    public void failed(String client, String username) {
        Instant now = clock.instant();
        count(perClientAndName, pair(client, username), now);
        count(perClient, client, now);
        count(perName, key(username), now);
        if (failures.size() > SWEEP_ABOVE) {
            failures.entrySet().removeIf(e -> e.getValue().isForgottenAt(now, forgetAfter));
            knownClients.entrySet().removeIf(e -> e.getValue().plus(KNOWN_CLIENT_FOR).isBefore(now));
        }
    }

    public void succeeded(String client, String username) {
        failures.remove(perClientAndName.prefix() + pair(client, username));
        failures.remove(perName.prefix() + key(username));
        knownClients.put(pair(client, username), clock.instant());
    }

    private boolean isKnown(String client, String username, Instant now) {
        Instant since = knownClients.get(pair(client, username));
        return since != null && since.plus(KNOWN_CLIENT_FOR).isAfter(now);
    }

    private Duration remaining(Limit limit, String key, Instant now) {
        Failures f = failures.get(limit.prefix() + key);
        if (f == null) {
            return Duration.ZERO;
        }
        synchronized (f) {
            if (f.isForgottenAt(now, forgetAfter)) {
                return Duration.ZERO;
            }
            Duration left = Duration.between(now, f.last.plus(limit.waitAfter(f.count)));
            return left.isNegative() ? Duration.ZERO : left;
        }
    }

    private void count(Limit limit, String key, Instant now) {
        Failures f = failures.computeIfAbsent(limit.prefix() + key, k -> new Failures());
        synchronized (f) {
            if (f.isForgottenAt(now, forgetAfter)) {
                f.count = 0;
            }
            f.count++;
            f.last = now;
        }
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String pair(String client, String username) {
        return client + "|" + key(username);
    }

    private static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    /** Free failures, then a wait that doubles from one second up to {@code maxWait}. */
    record Limit(String prefix, int freeFailures, Duration maxWait) {

        Duration waitAfter(int failures) {
            int over = failures - freeFailures;
            if (over <= 0) {
                return Duration.ZERO;
            }
            Duration wait = over > 30 ? maxWait : FIRST_WAIT.multipliedBy(1L << (over - 1));
            return wait.compareTo(maxWait) > 0 ? maxWait : wait;
        }
    }

    private static final class Failures {
        int count;
        Instant last = Instant.EPOCH;

        boolean isForgottenAt(Instant now, Duration forgetAfter) {
            return last.plus(forgetAfter).isBefore(now);
        }
    }

    /** A sign-in refused before its password was looked at: the client must wait this long. */
    public static final class Throttled extends AuthenticationFailed {

        private final Duration retryAfter;

        public Throttled(Duration retryAfter) {
            super(AuthenticationFailureReason.ACCOUNT_LOCKED);
            this.retryAfter = retryAfter;
        }

        /** Whole seconds, at least one. */
        public Duration retryAfter() {
            long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
            return Duration.ofSeconds(seconds);
        }
    }
}
