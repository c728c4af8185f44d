package se.samverka.platform.api.jobs;

import java.time.Duration;

/**
 * Work that must run on one portal instance only, however many run (scheduled jobs, reminders):
 * a lock in the shared database decides. Typical use in a module:
 * <pre>{@code
 * @Scheduled(cron = "0 0 6 * * *")
 * void daily() {
 *     clusterWork.runExclusively("agreements.reminders", Duration.ofMinutes(30), Duration.ofMinutes(5), this::remind);
 * }
 * }</pre>
 * The work itself should still be idempotent (e.g. a unique key per reminder), so that a retry after
 * a crash never produces anything twice.
 */
public interface ClusterWork {

    /**
     * Runs {@code work} unless another instance holds the lock {@code name}.
     *
     * @param lockAtMostFor  how long the lock is kept if the instance dies while working
     * @param lockAtLeastFor how long the lock is kept after the work finished, so that instances whose
     *                       clocks or schedules differ slightly do not run it again
     * @return whether this instance ran the work
     */
    boolean runExclusively(String name, Duration lockAtMostFor, Duration lockAtLeastFor, Runnable work);
}
