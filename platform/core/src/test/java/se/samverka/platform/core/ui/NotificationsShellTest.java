package se.samverka.platform.core.ui;

import se.samverka.platform.core.testing.KaribuPortal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.samverka.platform.api.module.LocalizedText;
import se.samverka.platform.api.notifications.Notice;
import se.samverka.platform.api.notifications.Notifier;
import se.samverka.platform.api.security.CurrentUser.PortalUser;
import se.samverka.platform.api.security.Roles;
import se.samverka.platform.core.TestTenants;
import se.samverka.platform.core.calendar.CalendarFeeds;
import se.samverka.platform.core.tenant.TenantContext;
import se.samverka.platform.core.ui.admin.OutboxView;
import se.samverka.platform.core.ui.notifications.CalendarFeedDialog;
import se.samverka.platform.core.ui.notifications.NotificationBell;
import se.samverka.testkit.PortalExtension;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The shell's bell and notification list, the calendar dialog and feed, and the outbox view, in Karibu. */
class NotificationsShellTest {

    @RegisterExtension
    static final PortalExtension portal = PortalExtension.of(TestTenants::startPortal);

    @RegisterExtension
    final KaribuSession karibu = new KaribuSession(portal);

    static PortalUser officer(String name) {
        return new PortalUser(name, name, Set.of(Roles.CASE_OFFICER), List.of("tenant-a"), Optional.empty());
    }

    void notify(String tenant, String recipient, String subject) {
        TenantContext.callAs(tenant, () -> portal.bean(Notifier.class).notify(new Notice("test:" + UUID.randomUUID(), recipient,
                new LocalizedText(subject, subject + " (en)"), new LocalizedText("Text", "Text"), "alpha")));
    }

    @Test
    void theBellShowsTheUnreadCountOfTheTenantAndTheListMarksThemRead() {
        String name = "officer-" + UUID.randomUUID();
        notify("tenant-a", name, "Första");
        notify("tenant-a", name, "Andra");
        notify("tenant-b", name, "I en annan organisation");

        KaribuPortal.as(officer(name), "tenant-a", "");

        assertThat(_get(Span.class, spec -> spec.withId("notification-count")).getText()).isEqualTo("2");
        Button bell = _get(Button.class, spec -> spec.withId("notification-button"));
        assertThat(bell.getAriaLabel()).hasValue("Aviseringar, 2 olästa");

        _click(bell);
        assertThat(_find(ListItem.class, spec -> spec.withClasses("notification"))).hasSize(2);
        _click(_find(Button.class, spec -> spec.withClasses("notification-mark-read")).get(0));
        assertThat(_get(Span.class, spec -> spec.withId("notification-count")).getText()).isEqualTo("1");

        _click(_get(Button.class, spec -> spec.withId("notifications-mark-all")));
        assertThat(_find(Span.class, spec -> spec.withId("notification-count"))).isEmpty();
        assertThat(_get(NotificationBell.class).shownCount()).isZero();
        assertThat(bell.getAriaLabel()).hasValue("Aviseringar, 0 olästa");
    }

    @Test
    void theCalendarDialogMakesASecretAddressThatServesAFeedUntilItIsRevokedOrReplaced() throws Exception {
        String name = "officer.tenant-a";
        KaribuPortal.as(officer(name), "tenant-a", "");
        CalendarFeedDialog dialog = new CalendarFeedDialog(portal.bean(CalendarFeeds.class), name);
        dialog.open();

        _click(_get(Button.class, spec -> spec.withId("calendar-create")));
        String first = dialog.shownUrl();
        assertThat(first).matches("http://localhost:8080/api/v1/calendar/[A-Za-z0-9_-]{43}\\.ics");
        HttpResponse<String> feed = get(first);
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed.body()));
        assertThat(calendar.getProperty("PRODID")).isPresent();

        _click(_get(Button.class, spec -> spec.withId("calendar-create")));
        String second = dialog.shownUrl();
        assertThat(second).isNotEqualTo(first);
        assertThat(get(first).statusCode()).isEqualTo(404);
        assertThat(get(second).statusCode()).isEqualTo(200);

        _click(_get(Button.class, spec -> spec.withId("calendar-revoke")));
        assertThat(get(second).statusCode()).isEqualTo(404);
        assertThat(get("http://localhost/api/v1/calendar/" + "A".repeat(43) + ".ics").statusCode()).isEqualTo(404);
        assertThat(get("http://localhost/api/v1/calendar/unknown").statusCode()).isEqualTo(404);
    }

    @Test
    void thePlatformAdministratorSeesTheMailsKeptInTheOutbox() {
        notify("tenant-a", "officer.tenant-a", "Till utkorgen " + UUID.randomUUID());
        PortalUser platform = new PortalUser("platform", "Plattform", Set.of(Roles.PLATFORM_ADMIN), List.of(), Optional.empty());

        KaribuPortal.as(platform, null, "admin/outbox");

        _get(OutboxView.class);
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("outbox-state")).getText())
                .contains("ingen SMTP-server");
        @SuppressWarnings("unchecked")
        Grid<Object> grid = _get(Grid.class, spec -> spec.withId("outbox-grid"));
        assertThat(_size(grid)).isPositive();
        assertThat(String.join(" ", _getFormattedRow(grid, 0))).contains("officer.tenant-a@demo.samverka.example", "Till utkorgen", "Kommun A");
    }

    /** The feed's path on the running portal, whatever host the address names. */
    static HttpResponse<String> get(String url) throws Exception {
        URI path = URI.create(url);
        URI local = portal.uri().resolve(path.getRawPath());
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(local).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
