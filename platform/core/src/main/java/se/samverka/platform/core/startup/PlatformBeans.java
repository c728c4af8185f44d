package se.samverka.platform.core.startup;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;

/** Small shared beans: the clock is injected so tests can move time. */
@Factory
public class PlatformBeans {

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
