package se.samverka.platform.core.hosting;

import io.micronaut.runtime.graceful.GracefulShutdownCapable;
import jakarta.inject.Singleton;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

import java.io.IOException;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts requests in progress so that a graceful shutdown (SIGTERM, rolling update) lets them finish
 * before the server stops. Micronaut calls {@link #shutdownGracefully()} within its grace period.
 */
@Singleton
public class InFlightRequests implements GracefulShutdownCapable {

    private final AtomicLong active = new AtomicLong();
    private final Duration gracePeriod;

    InFlightRequests(@io.micronaut.context.annotation.Value("${micronaut.lifecycle.graceful-shutdown.grace-period:25s}") Duration gracePeriod) {
        this.gracePeriod = gracePeriod;
    }

    void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        active.incrementAndGet();
        try {
            chain.doFilter(request, response);
        } finally {
            active.decrementAndGet();
        }
    }

    @Override
    public CompletionStage<?> shutdownGracefully() {
        return CompletableFuture.runAsync(() -> {
            long deadline = System.nanoTime() + gracePeriod.toNanos();
            while (active.get() > 0 && System.nanoTime() < deadline) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        });
    }

    @Override
    public OptionalLong reportActiveTasks() {
        return OptionalLong.of(active.get());
    }
}
