package se.samverka.partnerships.deadlines;

import jakarta.inject.Singleton;
import se.samverka.partnerships.PartnershipsModule;
import se.samverka.platform.api.calendar.CalendarEntry;
import se.samverka.platform.api.calendar.DeadlineSource;
import se.samverka.platform.api.i18n.Translations;

import java.time.LocalDate;
import java.util.List;

/** The partnerships' deadlines in each staff member's calendar feed and on the dashboard. */
@Singleton
class PartnershipDeadlineSource implements DeadlineSource {

    private final PartnershipDeadlines deadlines;
    private final Translations translations;

    PartnershipDeadlineSource(PartnershipDeadlines deadlines, Translations translations) {
        this.deadlines = deadlines;
        this.translations = translations;
    }

    @Override
    public String moduleId() {
        return PartnershipsModule.ID;
    }

    @Override
    public List<CalendarEntry> deadlines(LocalDate from, LocalDate to) {
        return deadlines.between(from, to).stream()
                .map(d -> new CalendarEntry(d.uid(), d.date(), translations.both(d.kind().summaryKey(), d.title(), d.subject()),
                        translations.both(d.kind().descriptionKey(), d.title(), d.subject()), d.link()))
                .toList();
    }
}
