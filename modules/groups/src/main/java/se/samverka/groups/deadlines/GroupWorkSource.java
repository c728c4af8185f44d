package se.samverka.groups.deadlines;

import jakarta.inject.Singleton;
import se.samverka.groups.GroupsModule;
import se.samverka.platform.api.i18n.Translations;
import se.samverka.platform.api.work.WorkItem;
import se.samverka.platform.api.work.WorkSource;

import java.time.LocalDate;
import java.util.List;

/** The groups' part of "My work": the deadlines that stand today (follow-ups to send, groups to start), in the user's sight. */
@Singleton
class GroupWorkSource implements WorkSource {

    private final GroupDeadlines deadlines;
    private final Translations translations;

    GroupWorkSource(GroupDeadlines deadlines, Translations translations) {
        this.deadlines = deadlines;
        this.translations = translations;
    }

    @Override
    public String moduleId() {
        return GroupsModule.ID;
    }

    @Override
    public List<WorkItem> work(LocalDate today) {
        return deadlines.standingOn(today).stream()
                .map(d -> WorkItem.due(d.uid(), d.date(), today, translations.both(d.kind().summaryKey(), d.programmeName(), d.subject()),
                        translations.both(d.kind().descriptionKey(), d.programmeName(), d.subject()), d.link()))
                .toList();
    }
}
