package se.samverka.groups.deadlines;

import jakarta.inject.Singleton;
import se.samverka.groups.GroupsModule;
import se.samverka.platform.api.i18n.Translations;
import se.samverka.platform.api.jobs.DailyJob;
import se.samverka.platform.api.notifications.Notice;
import se.samverka.platform.api.notifications.Notifier;
import se.samverka.platform.api.partners.PartnerOrganisation;
import se.samverka.platform.api.partners.PartnerRegister;
import se.samverka.platform.api.people.People;
import se.samverka.platform.api.people.Person;
import se.samverka.platform.api.security.Roles;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The daily reminders, in every tenant with the module: a half-year's follow-up to the organisation that
 * runs the programme (two weeks before the half-year ends, and again when overdue, then to the case officers
 * too), a group still planned after its start and a term without a group to the case officers. Each
 * reminder has a key, so it is sent once however often the job runs.
 */
@Singleton
class GroupReminders implements DailyJob {

    private final GroupDeadlines deadlines;
    private final PartnerRegister partners;
    private final People people;
    private final Notifier notifier;
    private final Translations translations;

    GroupReminders(GroupDeadlines deadlines, PartnerRegister partners, People people, Notifier notifier, Translations translations) {
        this.deadlines = deadlines;
        this.partners = partners;
        this.people = people;
        this.notifier = notifier;
        this.translations = translations;
    }

    @Override
    public String moduleId() {
        return GroupsModule.ID;
    }

    @Override
    public String name() {
        return "reminders";
    }

    @Override
    public int runInTenant(LocalDate day) {
        List<GroupDeadline> standing = deadlines.standingOn(day);
        if (standing.isEmpty()) {
            return 0;
        }
        List<Person> officers = people.withRole(Roles.CASE_OFFICER);
        List<Notice> notices = new ArrayList<>();
        for (GroupDeadline deadline : standing) {
            boolean overdue = deadline.isOverdueOn(day);
            String key = deadline.uid() + (overdue ? ":overdue" : ":due");
            List<Person> recipients = new ArrayList<>();
            if (deadline.kind() == GroupDeadline.Kind.FOLLOW_UP_DUE && deadline.providerPartnerId() != null) {
                partners.find(deadline.providerPartnerId()).map(PartnerOrganisation::directoryAlias)
                        .ifPresent(alias -> recipients.addAll(people.ofOrganisation(alias)));
            }
            if (deadline.kind() != GroupDeadline.Kind.FOLLOW_UP_DUE || overdue || deadline.providerPartnerId() == null) {
                recipients.addAll(officers);
            }
            String subjectKey = overdue ? "groups.reminder.overdue" : deadline.kind().summaryKey();
            for (Person person : recipients) {
                notices.add(new Notice(key + ":" + person.username(), person.username(),
                        translations.both(subjectKey, deadline.programmeName(), deadline.subject()),
                        translations.both(deadline.kind().descriptionKey(), deadline.programmeName(), deadline.subject()),
                        deadline.link()));
            }
        }
        return notifier.notifyAll(notices);
    }
}
