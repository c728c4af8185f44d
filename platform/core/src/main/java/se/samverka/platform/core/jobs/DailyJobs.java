package se.samverka.platform.core.jobs;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.TaskScheduler;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.samverka.platform.api.jobs.ClusterWork;
import se.samverka.platform.api.jobs.DailyJob;
import se.samverka.platform.api.jobs.DailyJobRunner;
import se.samverka.platform.api.security.SystemWork;
import se.samverka.platform.api.tenant.TenantWork;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * Every module's {@link DailyJob}: scheduled by its cron setting ({@code samverka.<module>.<name>.cron}),
 * run once after start when {@code samverka.jobs.catch-up-on-start} (default true) after
 * {@code samverka.jobs.catch-up-delay} (default 1 min), each run under the cluster lock
 * {@code <module>.<name>}, tenant by tenant.
 */
@Singleton
public class DailyJobs implements DailyJobRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DailyJobs.class);
    private static final Duration LOCK_AT_MOST = Duration.ofHours(1);
    private static final Duration LOCK_AT_LEAST = Duration.ofMinutes(5);

    private final List<DailyJob> jobs;
    private final TaskScheduler scheduler;
    private final ClusterWork cluster;
    private final TenantWork tenants;
    private final Environment environment;
    private final Clock clock;
    private final boolean catchUpOnStart;
    private final Duration catchUpDelay;

    DailyJobs(List<DailyJob> jobs, @Named(TaskExecutors.SCHEDULED) TaskScheduler scheduler, ClusterWork cluster,
              TenantWork tenants, Environment environment, Clock clock,
              @Value("${samverka.jobs.catch-up-on-start:true}") boolean catchUpOnStart,
              @Value("${samverka.jobs.catch-up-delay:1m}") Duration catchUpDelay) {
        this.jobs = jobs;
        this.scheduler = scheduler;
        this.cluster = cluster;
        this.tenants = tenants;
        this.environment = environment;
        this.clock = clock;
        this.catchUpOnStart = catchUpOnStart;
        this.catchUpDelay = catchUpDelay;
    }

    @EventListener
    void schedule(StartupEvent started) {
        for (DailyJob job : jobs) {
            String cron = cronOf(job);
            scheduler.schedule(cron, () -> runToday(job));
            if (catchUpOnStart) {
                scheduler.schedule(catchUpDelay, () -> runToday(job));
            }
            LOG.info("Daily job {} scheduled at '{}'{}", lockOf(job), cron, catchUpOnStart ? " and once after start" : "");
        }
    }

    /** The cron setting of a job, e.g. {@code samverka.agreements.reminders.cron}. */
    String cronOf(DailyJob job) {
        return environment.getProperty("samverka." + job.moduleId() + "." + job.name() + ".cron", String.class)
                .orElse(job.defaultCron());
    }

    private void runToday(DailyJob job) {
        try {
            cluster.runExclusively(lockOf(job), LOCK_AT_MOST, LOCK_AT_LEAST, () -> runFor(job, LocalDate.now(clock)));
        } catch (RuntimeException e) {
            // the scheduler would stop a task that throws; the next day's run tries again
            LOG.error("Daily job {} failed: {}", lockOf(job), e.getMessage(), e);
        }
    }

    @Override
    public int runFor(DailyJob job, LocalDate day) {
        long started = System.nanoTime();
        int done = 0;
        int ran = 0;
        for (String tenantId : tenants.activeTenants()) {
            if (!tenants.isModuleEnabled(tenantId, job.moduleId())) {
                continue;
            }
            ran++;
            try {
                done += tenants.callAs(tenantId, () -> SystemWork.call(job.name(), () -> job.runInTenant(day)));
            } catch (RuntimeException e) {
                // one tenant's failure must not keep the others back; the next run retries it
                LOG.error("Daily job {} for tenant {} failed: {}", lockOf(job), tenantId, e.getMessage(), e);
            }
        }
        LOG.info("Daily job {} for {}: {} in {} tenants in {} ms", lockOf(job), day, done, ran,
                (System.nanoTime() - started) / 1_000_000);
        return done;
    }

    private static String lockOf(DailyJob job) {
        return job.moduleId() + "." + job.name();
    }
}
