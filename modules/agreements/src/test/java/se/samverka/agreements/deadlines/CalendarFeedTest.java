package se.samverka.agreements.deadlines;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.samverka.agreements.agreement.AgreementDetails;
import se.samverka.platform.core.calendar.CalendarFeeds;
import se.samverka.platform.core.testing.MovableClock;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The personal iCal feed over HTTP: the user's deadlines, as the user directory says who they are. */
class CalendarFeedTest {

    static final String TENANT = "region-jonkoping";

    AgreementDetails withVarsol;
    AgreementDetails withOrigo;

    @BeforeEach
    void anAgreementWithVarsolAndOneWithOrigo() {
        MovableClock.today(LocalDate.of(2026, 6, 1));
        withVarsol = DirectoryPortals.activeAgreementWith(TENANT, "varsol");
        withOrigo = DirectoryPortals.activeAgreementWith(TENANT, "origo");
    }

    @AfterEach
    void realTime() {
        MovableClock.reset();
    }

    static String feedOf(String username) throws Exception {
        String token = DirectoryPortals.first().bean(CalendarFeeds.class).create(username);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                DirectoryPortals.first().uri().resolve("/api/v1/calendar/" + token + ".ics")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    static List<VEvent> events(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        return calendar.getComponents("VEVENT");
    }

    static List<String> uids(List<VEvent> events) {
        return events.stream().map(e -> e.getUid().orElseThrow().getValue()).toList();
    }

    static String uid(AgreementDetails agreement, String what) {
        return TENANT + ".agreements.agreement-" + agreement.id() + "." + what + "@samverka";
    }

    @Test
    void aPartnerUsersFeedHasTheirOrganisationsDeadlinesOnlyAsAllDayEventsInSwedish() throws Exception {
        String ics = feedOf("partner.varsol");
        List<VEvent> events = events(ics);

        assertThat(uids(events)).contains(uid(withVarsol, "renewal"), uid(withVarsol, "end"), uid(withVarsol, "report.2026-H1"))
                .noneMatch(u -> u.contains("agreement-" + withOrigo.id() + "."));
        VEvent renewal = events.stream().filter(e -> e.getUid().orElseThrow().getValue().equals(uid(withVarsol, "renewal")))
                .findFirst().orElseThrow();
        assertThat(renewal.getSummary().getValue()).startsWith("Förnyelsediskussion senast: ");
        assertThat(renewal.getUrl().getValue()).endsWith("/agreements/" + withVarsol.id());
        assertThat(ics).contains("DTSTART;VALUE=DATE:20260630");
    }

    @Test
    void aCaseOfficersFeedHasEveryAgreementOfTheirTenantAndTheSameUidsEachTime() throws Exception {
        List<String> first = uids(events(feedOf("officer." + TENANT)));
        List<String> again = uids(events(feedOf("officer." + TENANT)));

        assertThat(first).contains(uid(withVarsol, "renewal"), uid(withOrigo, "renewal"));
        assertThat(again).containsExactlyElementsOf(first);
    }

    @Test
    void aUserOfAnotherTenantSeesNoneOfIt() throws Exception {
        // their feeds have entries (of their own tenant), none of this one's
        assertThat(uids(events(feedOf("officer.orust")))).isNotEmpty().noneMatch(u -> u.startsWith(TENANT + "."));
        assertThat(uids(events(feedOf("partner.junis")))).noneMatch(u -> u.startsWith(TENANT + "."));
    }
}
