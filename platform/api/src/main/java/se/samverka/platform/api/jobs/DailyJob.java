package se.samverka.platform.api.jobs;

import java.time.LocalDate;

/**
 * A module's work once a day in every tenant that has the module enabled (reminders, clean-ups): a
 * {@code @Singleton} bean. The platform does the plumbing: it runs the job at its cron time
 * ({@code samverka.<module>.<name>.cron}, default {@link #defaultCron()}), and once shortly after start
 * (a day missed by a deployment; see {@code samverka.jobs.catch-up-on-start}); on one instance at a time
 * (the cluster lock {@code <module>.<name>}); in each tenant in turn with the tenant set and as the
 * portal's own work ({@code system:<name>}); a tenant's failure is logged and does not keep the others
 * back. The work must be idempotent (e.g. a notice key per reminder): a retry stores nothing twice.
 */
public interface DailyJob {

    /** The module the job belongs to: it runs in the tenants that have it enabled. */
    String moduleId();

    /** Lower-case with dashes, unique within the module, e.g. {@code "reminders"}. */
    String name();

    /** When it runs, as Micronaut's cron (seconds first). */
    default String defaultCron() {
        return "0 0 6 * * *";
    }

    /** The day's work in the current tenant; how many things it did, for the log. */
    int runInTenant(LocalDate day);
}
