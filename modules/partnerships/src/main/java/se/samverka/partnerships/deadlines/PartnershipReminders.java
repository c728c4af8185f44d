package se.samverka.partnerships.deadlines;

import jakarta.inject.Singleton;
import se.samverka.partnerships.PartnershipsModule;
import se.samverka.platform.api.i18n.Translations;
import se.samverka.platform.api.jobs.DailyJob;
import se.samverka.platform.api.notifications.Notice;
import se.samverka.platform.api.notifications.Notifier;
import se.samverka.platform.api.people.People;
import se.samverka.platform.api.people.Person;
import se.samverka.platform.api.security.Roles;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The daily reminders, in every tenant with the module, to its case officers: a report to ICLD 30 days before it
 * is due and again when it is overdue, a granted phase 30 days before it ends, an application round 30 days before
 * it closes (an overdue one is only ever a report). Each reminder has a key, so it is sent once however often the job runs.
 */
@Singleton
class PartnershipReminders implements DailyJob {

    private final PartnershipDeadlines deadlines;
    private final People people;
    private final Notifier notifier;
    private final Translations translations;

    PartnershipReminders(PartnershipDeadlines deadlines, People people, Notifier notifier, Translations translations) {
        this.deadlines = deadlines;
        this.people = people;
        this.notifier = notifier;
        this.translations = translations;
    }

    @Override
    public String moduleId() {
        return PartnershipsModule.ID;
    }

    @Override
    public String name() {
        return "reminders";
    }

    @Override
    public int runInTenant(LocalDate day) {
        List<PartnershipDeadline> standing = deadlines.standingOn(day);
        if (standing.isEmpty()) {
            return 0;
        }
        List<Person> officers = people.withRole(Roles.CASE_OFFICER);
        List<Notice> notices = new ArrayList<>();
        for (PartnershipDeadline deadline : standing) {
            boolean overdue = deadline.isOverdueOn(day);
            String key = deadline.uid() + (overdue ? ":overdue" : ":due");
            String subjectKey = overdue ? "partnerships.reminder.overdue" : deadline.kind().summaryKey();
            for (Person officer : officers) {
                notices.add(new Notice(key + ":" + officer.username(), officer.username(),
                        translations.both(subjectKey, deadline.title(), deadline.subject()),
                        translations.both(deadline.kind().descriptionKey(), deadline.title(), deadline.subject()), deadline.link()));
            }
        }
        return notifier.notifyAll(notices);
    }
}
