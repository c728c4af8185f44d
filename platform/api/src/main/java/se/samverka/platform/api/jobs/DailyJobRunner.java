package se.samverka.platform.api.jobs;

import java.time.LocalDate;

/** Runs a {@link DailyJob} as its schedule would: for tests and benchmarks, for a day they choose. */
public interface DailyJobRunner {

    /**
     * The job for {@code day} in every active tenant that has its module enabled, each as the portal's
     * own work, a failing tenant logged and skipped (no cluster lock: the caller decides when).
     *
     * @return the sum of what each tenant's run did
     */
    int runFor(DailyJob job, LocalDate day);
}
