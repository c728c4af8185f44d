package se.samverka.agreements.deadlines;

import org.junit.jupiter.api.Test;
import se.samverka.agreements.AgreementsModule;
import se.samverka.agreements.TestJobs;
import se.samverka.platform.core.calendar.CalendarFeeds;
import se.samverka.platform.core.calendar.PersonalCalendar;
import se.samverka.testkit.PortalTestServer;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default runs on H2 in MySQL mode, not MySQL: the hand-written deadline queries, the
 * notices' INSERT IGNORE and the feed must work there too (on its demo data).
 */
class EmbeddedDatabaseDeadlinesTest {

    @Test
    void deadlinesRemindersAndTheFeedWorkOnTheEmbeddedDatabase() {
        try (PortalTestServer portal = PortalTestServer.start(PortalTestServer.repositoryTenantsWith(AgreementsModule.ID), Map.of(
                "samverka.demo-users.enabled", true,
                "datasources.default.url", "jdbc:h2:mem:deadlines;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "datasources.default.username", "sa",
                "datasources.default.password", "",
                "datasources.default.driver-class-name", "org.h2.Driver"))) {
            assertThat(portal.context().getProperty("datasources.default.url", String.class)).get().asString().startsWith("jdbc:h2:");
            AgreementDeadlines deadlines = portal.bean(AgreementDeadlines.class);
            var upcoming = DirectoryPortals.as(DirectoryPortals.officer("orust"), "orust",
                    () -> deadlines.upcoming(LocalDate.of(2020, 1, 1), LocalDate.of(2030, 12, 31), 50));
            assertThat(upcoming).isNotEmpty();
            assertThat(upcoming).extracting(Deadline::date).isSorted();
            int created = 0;
            for (LocalDate day = LocalDate.of(2024, 1, 1); day.isBefore(LocalDate.of(2027, 1, 1)); day = day.plusMonths(1)) {
                created += TestJobs.remind(portal, day);
            }
            assertThat(created).isPositive();
            assertThat(TestJobs.remind(portal, LocalDate.of(2026, 12, 1))).isZero();

            String token = portal.bean(CalendarFeeds.class).create("partner.junis");
            assertThat(portal.bean(PersonalCalendar.class).feed(token)).get().asString().contains("BEGIN:VEVENT");
        }
    }
}
