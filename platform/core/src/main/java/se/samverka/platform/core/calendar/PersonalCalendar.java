package se.samverka.platform.core.calendar;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import se.samverka.platform.api.calendar.CalendarEntry;
import se.samverka.platform.api.calendar.DeadlineSource;
import se.samverka.platform.api.security.CurrentUser.PortalUser;
import se.samverka.platform.core.module.ModuleEnablement;
import se.samverka.platform.core.security.UserContext;
import se.samverka.platform.core.tenant.TenantContext;
import se.samverka.platform.core.tenant.TenantDirectory;
import se.samverka.platform.core.users.UserDirectory;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A user's deadlines as an iCalendar: the feed has no session, so the user is who the user directory
 * says now (a removed membership or role is gone from the next fetch), and each enabled module's
 * {@link DeadlineSource} runs as that user in each of their tenants, with the module's usual rules.
 */
@Singleton
public class PersonalCalendar {

    /** Past deadlines stay a month, so that an overdue one is still seen; a year ahead. */
    static final int DAYS_BACK = 30;
    static final int DAYS_AHEAD = 366;

    private final CalendarFeeds feeds;
    private final UserDirectory directory;
    private final TenantDirectory tenants;
    private final ModuleEnablement enablement;
    private final List<DeadlineSource> sources;
    private final Clock clock;
    private final String portalUrl;

    PersonalCalendar(CalendarFeeds feeds, UserDirectory directory, TenantDirectory tenants, ModuleEnablement enablement,
                     List<DeadlineSource> sources, Clock clock,
                     @Value("${samverka.notifications.portal-url:`http://localhost:8080`}") String portalUrl) {
        this.feeds = feeds;
        this.directory = directory;
        this.tenants = tenants;
        this.enablement = enablement;
        this.sources = sources;
        this.clock = clock;
        this.portalUrl = portalUrl.replaceFirst("/+$", "");
    }

    /** The feed of the token's owner, or empty when the token opens nothing (unknown, revoked, user gone). */
    public Optional<String> feed(String token) {
        return feeds.owner(token).flatMap(directory::identity).map(this::render);
    }

    String render(PortalUser user) {
        LocalDate today = LocalDate.now(clock);
        LocalDate from = today.minusDays(DAYS_BACK);
        LocalDate to = today.plusDays(DAYS_AHEAD);
        List<TenantEntry> entries = new ArrayList<>();
        for (String tenantId : user.tenants()) {
            if (tenants.find(tenantId).filter(t -> !t.suspended()).isEmpty()) {
                continue;
            }
            for (DeadlineSource source : sources) {
                if (enablement.isEnabled(tenantId, source.moduleId())) {
                    for (CalendarEntry entry : as(user, tenantId, () -> source.deadlines(from, to))) {
                        entries.add(new TenantEntry(tenantId, source.moduleId(), entry));
                    }
                }
            }
        }
        entries.sort(Comparator.comparing((TenantEntry e) -> e.entry().date()).thenComparing(e -> e.entry().uid()));
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Samverka//Tidsfrister//SV"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        for (TenantEntry e : entries) {
            calendar.add(event(e));
        }
        return calendar.toString();
    }

    private VEvent event(TenantEntry e) {
        CalendarEntry entry = e.entry();
        // all-day: a DATE start and the next day as exclusive end
        VEvent event = new VEvent(entry.date(), entry.date().plusDays(1), entry.summary().sv());
        event.add(new Uid(e.tenantId() + "." + e.moduleId() + "." + entry.uid() + "@samverka"));
        String description = entry.description().sv();
        if (entry.link() != null) {
            String url = portalUrl + "/" + entry.link().replaceFirst("^/+", "");
            event.add(new Url(URI.create(url)));
            description = description + "\n" + url;
        }
        event.add(new Description(description));
        return event;
    }

    private static <T> T as(PortalUser user, String tenantId, java.util.function.Supplier<T> work) {
        PortalUser previous = UserContext.current().orElse(null);
        UserContext.set(user);
        try {
            return TenantContext.callAs(tenantId, work);
        } finally {
            UserContext.set(previous);
        }
    }

    private record TenantEntry(String tenantId, String moduleId, CalendarEntry entry) {
    }
}
