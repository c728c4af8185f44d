package se.samverka.agreements.reminders;

import jakarta.inject.Singleton;
import se.samverka.agreements.AgreementsModule;
import se.samverka.agreements.agreement.ResponsibleOfficers;
import se.samverka.agreements.deadlines.AgreementDeadlines;
import se.samverka.agreements.deadlines.Deadline;
import se.samverka.agreements.deadlines.DeadlineKind;
import se.samverka.agreements.deadlines.DeadlineTexts;
import se.samverka.platform.api.jobs.DailyJob;
import se.samverka.platform.api.notifications.Notice;
import se.samverka.platform.api.notifications.Notifier;
import se.samverka.platform.api.people.People;
import se.samverka.platform.api.people.Person;
import se.samverka.platform.api.security.Roles;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The daily reminders, a {@link DailyJob} the platform runs in every active tenant with the module
 * enabled (schedule, catch-up after start, cluster lock, tenant by tenant): one query finds the deadlines
 * in the {@link ReminderWindows}, and one batch of notices tells the responsible people. Who is
 * responsible: the agreement's responsible case officers ({@link ResponsibleOfficers}), or all the tenant's
 * case officers when none is chosen (or none of the chosen is an officer any more); for reports (due and
 * overdue) also the users of the partner organisations party to the agreement, who write them.
 *
 * <p>Each reminder's key ({@code agreements:<id>:<kind>:<date or period>}, per recipient) makes it
 * happen once: the scheduled run is exclusive across portal instances, and even a run that is not
 * (a retry, a second runner) stores nothing twice, since the notifier keeps each key once.
 */
@Singleton
public class Reminders implements DailyJob {

    private final AgreementDeadlines deadlines;
    private final Notifier notifier;
    private final People people;
    private final DeadlineTexts texts;

    private final ResponsibleOfficers responsible;

    Reminders(AgreementDeadlines deadlines, Notifier notifier, People people, DeadlineTexts texts,
              ResponsibleOfficers responsible) {
        this.responsible = responsible;
        this.deadlines = deadlines;
        this.notifier = notifier;
        this.people = people;
        this.texts = texts;
    }

    @Override
    public String moduleId() {
        return AgreementsModule.ID;
    }

    /** Runs at {@code samverka.agreements.reminders.cron} (06:00), and once after start. */
    @Override
    public String name() {
        return "reminders";
    }

    /** Reminds of the current tenant's deadlines as they stand on {@code day}; how many notices were new. */
    @Override
    public int runInTenant(LocalDate day) {
        return remindTenant(day);
    }

    private int remindTenant(LocalDate today) {
        Map<Deadline, Set<String>> due = deadlines.inWindows(ReminderWindows.on(today));
        if (due.isEmpty()) {
            return 0;
        }
        List<Person> officers = people.withRole(Roles.CASE_OFFICER);
        Map<Long, Set<String>> chosen = responsible.ofAgreements(due.keySet().stream().map(Deadline::agreementId)
                .collect(java.util.stream.Collectors.toSet()));
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
            for (Person officer : ResponsibleOfficers.told(officers, chosen.get(deadline.agreementId()))) {
                notices.add(reminder.to(officer.username(), texts));
            }
            if (deadline.kind() == DeadlineKind.REPORT_DUE) {
                for (String alias : entry.getValue()) {
                    for (Person partner : partnerUsers.getOrDefault(alias, List.of())) {
                        notices.add(reminder.to(partner.username(), texts));
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

        Notice to(String username, DeadlineTexts texts) {
            String name = DeadlineTexts.name(deadline);
            String detail = deadline.detail() == null ? "" : deadline.detail();
            return new Notice(key + ":" + username, username,
                    texts.text("agreements.reminder.subject." + textKey, name, deadline.date().toString(), detail),
                    texts.text("agreements.reminder.body." + textKey, name, deadline.date().toString(), detail),
                    deadline.link());
        }
    }
}
