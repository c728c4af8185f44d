package se.samverka.agreements.deadlines;

import jakarta.inject.Singleton;
import se.samverka.agreements.AgreementsModule;
import se.samverka.platform.api.calendar.CalendarEntry;
import se.samverka.platform.api.calendar.DeadlineSource;

import java.time.LocalDate;
import java.util.List;

/** The agreements' deadlines in each user's calendar feed, with the user's sight. */
@Singleton
public class AgreementDeadlineSource implements DeadlineSource {

    private final AgreementDeadlines deadlines;
    private final DeadlineTexts texts;

    AgreementDeadlineSource(AgreementDeadlines deadlines, DeadlineTexts texts) {
        this.texts = texts;
        this.deadlines = deadlines;
    }

    @Override
    public String moduleId() {
        return AgreementsModule.ID;
    }

    @Override
    public List<CalendarEntry> deadlines(LocalDate from, LocalDate to) {
        return deadlines.upcoming(from, to, AgreementDeadlines.MAX).stream()
                .map(d -> new CalendarEntry(d.uid(), d.date(), texts.summary(d), texts.description(d), d.link()))
                .toList();
    }
}
