package se.samverka.platform.core.testing;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import jakarta.inject.Singleton;
import se.samverka.platform.core.startup.PlatformBeans;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The portal's clock in every test that has this harness on its class path: the real time, unless a test
 * moves it to a day (and moves it back afterwards), e.g. to the day after an agreement's period to end it,
 * or to the day a daily job should run for.
 */
public final class MovableClock extends Clock {

    public static final MovableClock INSTANCE = new MovableClock();

    private static volatile Instant fixed;

    private MovableClock() {
    }

    /** From now on, until {@link #reset()}, it is noon of this day. */
    public static void today(LocalDate day) {
        fixed = day.atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    public static void reset() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        Instant day = fixed;
        return day != null ? day : Instant.now();
    }

    /** Puts this clock in place of the platform's. */
    @Factory
    static class Beans {

        @Singleton
        @Replaces(bean = Clock.class, factory = PlatformBeans.class)
        Clock clock() {
            return INSTANCE;
        }
    }
}
