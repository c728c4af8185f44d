package se.samverka.platform.core.security;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Throttles repeated wrong passwords per user name: after {@code max-failures} failures within
 * {@code window} the name is locked for {@code lockout}, whatever password is given. Kept in memory
 * per instance: the embedded sign-in is for one-instance use (Keycloak has its own brute-force
 * protection in production).
 */
@Singleton
public class LoginThrottle {

    private final int maxFailures;
    private final Duration window;
    private final Duration lockout;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Map<String, Instant> lockedUntil = new ConcurrentHashMap<>();

    LoginThrottle(@Value("${samverka.login-throttle.max-failures:5}") int maxFailures,
                  @Value("${samverka.login-throttle.window:15m}") Duration window,
                  @Value("${samverka.login-throttle.lockout:5m}") Duration lockout,
                  Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.lockout = lockout;
        this.clock = clock;
    }

    public boolean isLocked(String username) {
        Instant until = lockedUntil.get(key(username));
        return until != null && clock.instant().isBefore(until);
    }

    public void failed(String username) {
        String key = key(username);
        Instant now = clock.instant();
        Deque<Instant> recent = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (recent) {
            recent.addLast(now);
            while (!recent.isEmpty() && recent.peekFirst().isBefore(now.minus(window))) {
                recent.removeFirst();
            }
            if (recent.size() >= maxFailures) {
                lockedUntil.put(key, now.plus(lockout));
                recent.clear();
            }
        }
    }

    public void succeeded(String username) {
        failures.remove(key(username));
        lockedUntil.remove(key(username));
    }

    private static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
