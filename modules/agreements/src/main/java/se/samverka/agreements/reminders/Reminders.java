package se.samverka.agreements.reminders;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.samverka.agreements.AgreementsModule;
import se.samverka.agreements.deadlines.AgreementDeadlines;
import se.samverka.agreements.deadlines.Deadline;
import se.samverka.agreements.deadlines.DeadlineKind;
import se.samverka.agreements.deadlines.DeadlineTexts;
import se.samverka.agreements.shared.SystemWork;
import se.samverka.platform.api.jobs.ClusterWork;
import se.samverka.platform.api.notifications.Notice;
import se.samverka.platform.api.notifications.Notifier;
import se.samverka.platform.api.people.People;
import se.samverka.platform.api.people.Person;
import se.samverka.platform.api.security.Roles;
import se.samverka.platform.api.tenant.TenantWork;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The daily reminders: for every active tenant with the module enabled, one query finds the deadlines
 * in the {@link ReminderWindows}, and one batch of notices tells the responsible people. Who is
 * responsible: the tenant's case officers for every deadline; for reports (due and overdue) also the
 * users of the partner organisations party to the agreement, who write them. (With a "responsible
 * officer" field on the agreement, its officer would be told instead of all case officers.)
 *
 * <p>Each reminder's key ({@code agreements:<id>:<kind>:<date or period>}, per recipient) makes it
 * happen once: the scheduled run is exclusive across portal instances, and even a run that is not
 * (a retry, a second runner) stores nothing twice, since the notifier keeps each key once.
 */
@Singleton
public class Reminders {

    private static final Logger LOG = LoggerFactory.getLogger(Reminders.class);

    private final AgreementDeadlines deadlines;
    private final Notifier notifier;
    private final People people;
    private final TenantWork tenantWork;
    private final ClusterWork clusterWork;
    private final Clock clock;
    private final boolean catchUpOnStart;

    Reminders(AgreementDeadlines deadlines, Notifier notifier, People people, TenantWork tenantWork, ClusterWork clusterWork,
              Clock clock, @Value("${samverka.jobs.catch-up-on-start:true}") boolean catchUpOnStart) {
        this.deadlines = deadlines;
        this.notifier = notifier;
        this.people = people;
        this.tenantWork = tenantWork;
        this.clusterWork = clusterWork;
        this.clock = clock;
        this.catchUpOnStart = catchUpOnStart;
    }

    @Scheduled(cron = "${samverka.agreements.reminders.cron:0 0 6 * * *}")
    void daily() {
        remindOfToday();
    }

    /**
     * Once shortly after start, so that a portal that was down or being deployed at the daily hour
     * (and a freshly started embedded default) still reminds of the day; harmless when the day's
     * reminders exist, since each is kept once.
     */
    @Scheduled(initialDelay = "${samverka.jobs.catch-up-delay:1m}")
    void catchUp() {
        if (catchUpOnStart) {
            remindOfToday();
        }
    }

    private void remindOfToday() {
        clusterWork.runExclusively("agreements.reminders", Duration.ofHours(1), Duration.ofMinutes(5),
                () -> runFor(LocalDate.now(clock)));
    }

    /**
     * Reminds of the deadlines as they stand on {@code today}, in every tenant that uses the module.
     *
     * @return how many notices were new
     */
    public int runFor(LocalDate today) {
        long started = System.nanoTime();
        int created = 0;
        int tenants = 0;
        for (String tenantId : tenantWork.activeTenants()) {
            if (!tenantWork.isModuleEnabled(tenantId, AgreementsModule.ID)) {
                continue;
            }
            tenants++;
            try {
                created += tenantWork.callAs(tenantId, () -> SystemWork.call("reminders", () -> remindTenant(today)));
            } catch (RuntimeException e) {
                // one tenant's failure must not keep the others' reminders back; the next run retries it
                LOG.error("Reminders for tenant {} failed: {}", tenantId, e.getMessage(), e);
            }
        }
        LOG.info("Reminders for {}: {} new notices in {} tenants in {} ms", today, created, tenants,
                (System.nanoTime() - started) / 1_000_000);
        return created;
    }

    private int remindTenant(LocalDate today) {
        Map<Deadline, Set<String>> due = deadlines.inWindows(ReminderWindows.on(today));
        if (due.isEmpty()) {
            return 0;
        }
        List<Person> officers = people.withRole(Roles.CASE_OFFICER);
        Set<String> aliases = new HashSet<>();
        due.forEach((deadline, partners) -> {
            if (deadline.kind() == DeadlineKind.REPORT_DUE) {
                aliases.addAll(partners);
            }
        });
        Map<String, List<Person>> partnerUsers = aliases.isEmpty() ? Map.of() : people.ofOrganisations(aliases);
        List<Notice> notices = new ArrayList<>();
        for (Map.Entry<Deadline, Set<String>> entry : due.entrySet()) {
            Deadline deadline = entry.getKey();
            Reminder reminder = Reminder.of(deadline, today);
            for (Person officer : officers) {
                notices.add(reminder.to(officer.username()));
            }
            if (deadline.kind() == DeadlineKind.REPORT_DUE) {
                for (String alias : entry.getValue()) {
                    for (Person partner : partnerUsers.getOrDefault(alias, List.of())) {
                        notices.add(reminder.to(partner.username()));
                    }
                }
            }
        }
        return notifier.notifyAll(notices);
    }

    /** One deadline's reminder, before it is addressed. */
    record Reminder(String key, String textKey, Deadline deadline) {

        static Reminder of(Deadline deadline, LocalDate today) {
            String base = "agreements:" + deadline.agreementId() + ":";
            return switch (deadline.kind()) {
                case RENEWAL_TALKS -> new Reminder(base + "renewal:" + deadline.date(), "RENEWAL_TALKS", deadline);
                case AGREEMENT_END -> new Reminder(base + "end:" + deadline.date(), "AGREEMENT_END", deadline);
                case MEETING_SHORTFALL -> new Reminder(base + "meetings:" + deadline.date().getYear(), "MEETING_SHORTFALL", deadline);
                case REPORT_DUE -> deadline.date().isBefore(today)
                        ? new Reminder(base + "report:" + deadline.detail() + ":overdue", "REPORT_OVERDUE", deadline)
                        : new Reminder(base + "report:" + deadline.detail() + ":due", "REPORT_DUE", deadline);
            };
        }

        Notice to(String username) {
            String name = DeadlineTexts.name(deadline);
            String detail = deadline.detail() == null ? "" : deadline.detail();
            return new Notice(key + ":" + username, username,
                    DeadlineTexts.text("agreements.reminder.subject." + textKey, name, deadline.date().toString(), detail),
                    DeadlineTexts.text("agreements.reminder.body." + textKey, name, deadline.date().toString(), detail),
                    deadline.link());
        }
    }
}
