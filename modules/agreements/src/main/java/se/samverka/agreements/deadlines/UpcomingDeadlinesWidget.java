package se.samverka.agreements.deadlines;

import se.samverka.agreements.AgreementsModule;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import jakarta.inject.Singleton;
import se.samverka.platform.api.module.DashboardWidget;
import se.samverka.platform.api.module.LocalizedText;
import se.samverka.platform.api.security.Roles;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Närmaste tidsfrister": the next deadlines of the agreements the user may see (a partner user:
 * their organisation's), each linking to its agreement; overdue reports of the last month included.
 */
@Singleton
public class UpcomingDeadlinesWidget implements DashboardWidget {

    static final int SHOWN = 8;
    static final int DAYS_BACK = 30;
    static final int DAYS_AHEAD = 365;

    private final AgreementDeadlines deadlines;
    private final Clock clock;
    private final DeadlineTexts texts;

    UpcomingDeadlinesWidget(AgreementDeadlines deadlines, Clock clock, DeadlineTexts texts) {
        this.texts = texts;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @Override
    public String moduleId() {
        return AgreementsModule.ID;
    }

    /** After the status chart. */
    @Override
    public int order() {
        return 1;
    }

    @Override
    public String id() {
        return "agreements-deadlines";
    }

    @Override
    public LocalizedText title() {
        return new LocalizedText("Närmaste tidsfrister", "Upcoming deadlines");
    }

    @Override
    public Set<String> roles() {
        return Set.of(Roles.CASE_OFFICER, Roles.TENANT_ADMIN, Roles.READER, Roles.PARTNER);
    }

    @Override
    public Component create() {
        Locale locale = UI.getCurrent() == null ? Locale.forLanguageTag("sv") : UI.getCurrent().getLocale();
        LocalDate today = LocalDate.now(clock);
        List<Deadline> next = deadlines.upcoming(today.minusDays(DAYS_BACK), today.plusDays(DAYS_AHEAD), SHOWN);
        if (next.isEmpty()) {
            Paragraph empty = new Paragraph(texts.render("agreements.deadlines.empty", locale));
            empty.setId("deadlines-empty");
            return empty;
        }
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        UnorderedList list = new UnorderedList();
        list.setId("deadlines-list");
        list.getStyle().set("padding-left", "0").set("list-style", "none").set("margin", "0");
        for (Deadline deadline : next) {
            Span date = new Span(deadline.date().format(dates));
            date.getStyle().set("font-weight", "600").set("min-width", "7em").set("display", "inline-block");
            if (deadline.date().isBefore(today)) {
                date.getStyle().set("color", "var(--lumo-error-text-color)");
            }
            Anchor link = new Anchor(deadline.link(), texts.summary(deadline).in(locale));
            ListItem item = new ListItem(date, new Span(" "), link);
            item.getStyle().set("margin-bottom", "var(--lumo-space-s)");
            list.add(item);
        }
        return list;
    }
}
