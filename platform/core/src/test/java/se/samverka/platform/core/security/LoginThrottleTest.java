package se.samverka.platform.core.security;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-11-23T10:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final MovableClock clock = new MovableClock();
    final LoginThrottle throttle = new LoginThrottle(3, Duration.ofMinutes(15), Duration.ofMinutes(5), clock);

    @Test
    void locksAfterTheMaximumFailuresAndUnlocksAfterTheLockout() {
        throttle.failed("Anna");
        throttle.failed("anna ");
        assertThat(throttle.isLocked("anna")).isFalse();
        throttle.failed("ANNA");
        assertThat(throttle.isLocked("anna")).isTrue();

        clock.now = clock.now.plus(Duration.ofMinutes(5)).plusSeconds(1);
        assertThat(throttle.isLocked("anna")).isFalse();
    }

    @Test
    void failuresOutsideTheWindowDoNotCount() {
        throttle.failed("bo");
        throttle.failed("bo");
        clock.now = clock.now.plus(Duration.ofMinutes(16));
        throttle.failed("bo");

        assertThat(throttle.isLocked("bo")).isFalse();
    }

    @Test
    void aSuccessClearsTheFailures() {
        throttle.failed("cy");
        throttle.failed("cy");
        throttle.succeeded("cy");
        throttle.failed("cy");

        assertThat(throttle.isLocked("cy")).isFalse();
    }
}
