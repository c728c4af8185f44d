package se.samverka.groups.deadlines;

import jakarta.inject.Singleton;
import se.samverka.groups.GroupsModule;
import se.samverka.platform.api.calendar.CalendarEntry;
import se.samverka.platform.api.calendar.DeadlineSource;
import se.samverka.platform.api.i18n.Translations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The module's deadlines in each user's calendar feed and the dashboard, with the user's sight. */
@Singleton
class GroupDeadlineSource implements DeadlineSource {

    private final GroupDeadlines deadlines;
    private final Translations translations;
    private final Clock clock;

    GroupDeadlineSource(GroupDeadlines deadlines, Translations translations, Clock clock) {
        this.deadlines = deadlines;
        this.translations = translations;
        this.clock = clock;
    }

    @Override
    public String moduleId() {
        return GroupsModule.ID;
    }

    @Override
    public List<CalendarEntry> deadlines(LocalDate from, LocalDate to) {
        return deadlines.standingOn(LocalDate.now(clock)).stream()
                .filter(d -> !d.date().isBefore(from) && !d.date().isAfter(to))
                .map(d -> new CalendarEntry(d.uid(), d.date(), translations.both(d.kind().summaryKey(), d.programmeName(), d.subject()),
                        translations.both(d.kind().descriptionKey(), d.programmeName(), d.subject()), d.link()))
                .toList();
    }
}
