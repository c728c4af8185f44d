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
    // per name 5 free (ceiling 60 s), per client and name 3 free (15 min), per client 20 free (15 min)
    final LoginThrottle throttle = new LoginThrottle(5, Duration.ofSeconds(60), 3, Duration.ofMinutes(15), 20,
            Duration.ofMinutes(15), Duration.ofMinutes(15), clock);

    @Test
    void pastTheFreeFailuresEachAttemptWaitsTwiceAsLong() {
        fail("10.0.0.1", "anna", 3);
        assertThat(throttle.waitFor("10.0.0.1", "Anna ")).isZero();
        fail("10.0.0.1", "ANNA", 1);
        assertThat(throttle.waitFor("10.0.0.1", "anna")).isEqualTo(Duration.ofSeconds(1));
        fail("10.0.0.1", "anna", 1);
        assertThat(throttle.waitFor("10.0.0.1", "anna")).isEqualTo(Duration.ofSeconds(2));
        fail("10.0.0.1", "anna", 1);
        assertThat(throttle.waitFor("10.0.0.1", "anna")).isEqualTo(Duration.ofSeconds(4));

        clock.now = clock.now.plusSeconds(3);
        assertThat(throttle.waitFor("10.0.0.1", "anna")).isEqualTo(Duration.ofSeconds(1));
        clock.now = clock.now.plusSeconds(1);
        assertThat(throttle.waitFor("10.0.0.1", "anna")).isZero();
    }

    @Test
    void theWaitHasACeilingAndNeverBecomesALock() {
        fail("10.0.0.1", "bo", 60);

        assertThat(throttle.waitFor("10.0.0.1", "bo")).isEqualTo(Duration.ofMinutes(15));
        clock.now = clock.now.plus(Duration.ofMinutes(15));
        assertThat(throttle.waitFor("10.0.0.1", "bo")).isZero();
    }

    @Test
    void aGuesserElsewhereMakesTheOwnerWaitAtMostAMinuteAndNotAtAllWhereTheyHaveSignedInBefore() {
        throttle.succeeded("192.0.2.5", "cy"); // cy's usual place
        for (int i = 0; i < 40; i++) {
            fail("198.51.100." + i, "cy", 1); // a botnet: one guess per address
        }

        assertThat(throttle.waitFor("203.0.113.1", "cy")).isEqualTo(Duration.ofSeconds(60));
        assertThat(throttle.waitFor("192.0.2.5", "cy")).isZero();
    }

    @Test
    void sprayingManyNamesFromOneAddressIsSlowedDown() {
        for (int i = 0; i < 22; i++) {
            fail("10.9.9.9", "user" + i, 1);
        }

        assertThat(throttle.waitFor("10.9.9.9", "somebody-else")).isEqualTo(Duration.ofSeconds(2));
        assertThat(throttle.waitFor("10.9.9.10", "somebody-else")).isZero();
    }

    @Test
    void failuresAreForgottenAfterAQuietWhileAndASuccessClearsTheName() {
        fail("10.0.0.1", "dan", 5);
        clock.now = clock.now.plus(Duration.ofMinutes(16));
        assertThat(throttle.waitFor("10.0.0.1", "dan")).isZero();
        fail("10.0.0.1", "dan", 1);
        assertThat(throttle.waitFor("10.0.0.1", "dan")).isZero();

        fail("10.0.0.2", "eve", 4);
        clock.now = clock.now.plusSeconds(1);
        throttle.succeeded("10.0.0.2", "eve");
        fail("10.0.0.2", "eve", 1);
        assertThat(throttle.waitFor("10.0.0.2", "eve")).isZero();
    }

    private void fail(String client, String name, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(client, name);
        }
    }
}
