package se.samverka.platform.core.database;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.health.HealthStatus;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;

/**
 * The database in readiness ({@code /health/readiness}, named {@code jdbc} as Micronaut's own check that it
 * replaces): DOWN within {@code samverka.database.health-timeout} when no connection answers, below the
 * chart's probe timeout (3 s), where Micronaut's check waits for the pool's whole connection timeout and more.
 * Not in liveness: a database outage takes the pod out of the Service, it does not restart it. No URL or
 * server version in the answer: anonymous callers read it.
 */
@Singleton
public class DatabaseHealthIndicator implements HealthIndicator {

    private static final String NAME = "jdbc";

    private final DataSource dataSource;
    private final ExecutorService executor;
    private final Duration timeout;

    DatabaseHealthIndicator(DataSource dataSource, @Nullable DataSourceResolver resolver,
                            @Named(TaskExecutors.BLOCKING) ExecutorService executor,
                            @Value("${samverka.database.health-timeout:2s}") Duration timeout) {
        // the pool itself, not Micronaut Data's proxy that hands out the current transaction's connection
        this.dataSource = (resolver != null ? resolver : DataSourceResolver.DEFAULT).resolve(dataSource);
        this.executor = executor;
        this.timeout = timeout;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        return Mono.fromCallable(this::check)
                .subscribeOn(Schedulers.fromExecutorService(executor))
                // the check's thread may wait on for the pool's connection timeout; the probe's answer does not
                .timeout(timeout, Mono.fromSupplier(() -> down("no connection within " + timeout.toMillis() + " ms")));
    }

    /** Never throws: a failure after the timeout answered would only be reported as dropped. */
    private HealthResult check() {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid((int) Math.max(1, timeout.toSeconds()))) {
                return down("the connection does not answer");
            }
            return HealthResult.builder(NAME, HealthStatus.UP).details(Map.of("available", true)).build();
        } catch (SQLException | RuntimeException e) {
            return down("no connection");
        }
    }

    private static HealthResult down(String problem) {
        return HealthResult.builder(NAME, HealthStatus.DOWN).details(Map.of("available", false, "problem", problem)).build();
    }
}
