package se.samverka.platform.core.hosting;

import io.micronaut.runtime.graceful.GracefulShutdownCapable;
import jakarta.inject.Singleton;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

import java.io.IOException;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts requests in progress, asynchronous ones until the container completes them, so that a graceful
 * shutdown (SIGTERM, rolling update) lets them finish before the server stops. Micronaut calls
 * {@link #shutdownGracefully()} within its grace period, but only after it stopped the servlet container;
 * {@link TomcatDrainsBeforeStop} waits before that.
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
        boolean goesOn = false;
        try {
            chain.doFilter(request, response);
            // Micronaut answers the API asynchronously: the servlet returns before the request is done (an
            // upload still arriving, a save still running), which counts until the container completes it
            if (request.isAsyncStarted()) {
                request.getAsyncContext().addListener(new Completion());
                goesOn = true;
            }
        } finally {
            if (!goesOn) {
                active.decrementAndGet();
            }
        }
    }

    /** Ends an asynchronous request's count once, when the container completes it (after an error or timeout too). */
    private final class Completion implements AsyncListener {

        private final AtomicBoolean done = new AtomicBoolean();

        @Override
        public void onComplete(AsyncEvent event) {
            if (done.compareAndSet(false, true)) {
                active.decrementAndGet();
            }
        }

        @Override
        public void onTimeout(AsyncEvent event) {
            // onComplete follows
        }

        @Override
        public void onError(AsyncEvent event) {
            // onComplete follows
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
            event.getAsyncContext().addListener(this); // a new asynchronous cycle of the same request
        }
    }

    @Override
    public CompletionStage<?> shutdownGracefully() {
        return CompletableFuture.runAsync(this::awaitNone);
    }

    /** Waits until no request is in progress, at most the grace period. */
    void awaitNone() {
        long deadline = System.nanoTime() + gracePeriod.toNanos();
        while (active.get() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public OptionalLong reportActiveTasks() {
        return OptionalLong.of(active.get());
    }
}
