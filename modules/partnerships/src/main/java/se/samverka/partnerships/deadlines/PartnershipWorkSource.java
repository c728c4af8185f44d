package se.samverka.partnerships.deadlines;

import jakarta.inject.Singleton;
import se.samverka.partnerships.PartnershipsModule;
import se.samverka.platform.api.i18n.Translations;
import se.samverka.platform.api.work.WorkItem;
import se.samverka.platform.api.work.WorkSource;

import java.time.LocalDate;
import java.util.List;

/** The partnerships' part of "My work": reports to ICLD due or overdue, phases ending, rounds closing (staff only, as the deadlines). */
@Singleton
class PartnershipWorkSource implements WorkSource {

    private final PartnershipDeadlines deadlines;
    private final Translations translations;

    PartnershipWorkSource(PartnershipDeadlines deadlines, Translations translations) {
        this.deadlines = deadlines;
        this.translations = translations;
    }

    @Override
    public String moduleId() {
        return PartnershipsModule.ID;
    }

    @Override
    public List<WorkItem> work(LocalDate today) {
        return deadlines.standingOn(today).stream()
                .map(d -> WorkItem.due(d.uid(), d.date(), today, translations.both(d.kind().summaryKey(), d.title(), d.subject()),
                        translations.both(d.kind().descriptionKey(), d.title(), d.subject()), d.link()))
                .toList();
    }
}
