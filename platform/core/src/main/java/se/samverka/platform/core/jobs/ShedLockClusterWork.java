package se.samverka.platform.core.jobs;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbc.micronaut.MicronautJdbcLockProvider;
import se.samverka.platform.api.jobs.ClusterWork;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/** {@link ClusterWork} with ShedLock on the shared database's {@code shedlock} table. */
@Singleton
public class ShedLockClusterWork implements ClusterWork {

    private final LockProvider locks;
    private final Clock clock;

    ShedLockClusterWork(TransactionOperations<Connection> transactions, Clock clock) {
        this.locks = new MicronautJdbcLockProvider(transactions, "shedlock");
        this.clock = clock;
    }

    @Override
    public boolean runExclusively(String name, Duration lockAtMostFor, Duration lockAtLeastFor, Runnable work) {
        Optional<SimpleLock> lock = locks.lock(new LockConfiguration(clock.instant(), name, lockAtMostFor, lockAtLeastFor));
        if (lock.isEmpty()) {
            return false;
        }
        try {
            work.run();
            return true;
        } finally {
            lock.get().unlock();
        }
    }
}
