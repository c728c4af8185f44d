package se.samverka.agreements.reminders;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.samverka.agreements.AgreementsModule;
import se.samverka.platform.core.testing.MovableClock;
import se.samverka.testkit.PortalTestServer;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A portal that was not running at the daily hour (a deployment, the embedded default's first start) still reminds of the day. */
class RemindersCatchUpOnStartTest {

    @AfterEach
    void realTime() {
        MovableClock.reset();
    }

    @Test
    void aPortalStartedAfterTheDailyHourRemindsOfTheDayOnce() throws Exception {
        MovableClock.today(LocalDate.of(2026, 12, 1));
        try (PortalTestServer portal = PortalTestServer.start(PortalTestServer.repositoryTenantsWith(AgreementsModule.ID), Map.of(
                "samverka.demo-users.enabled", true,
                "samverka.jobs.catch-up-on-start", true,
                "samverka.jobs.catch-up-delay", "3s"))) {
            // the demo agreement of Orust and Junis (seed 003) ends on 2026-12-31, within the 60 days ahead
            long giveUp = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            long found = 0;
            while (found == 0 && System.nanoTime() < giveUp) {
                Thread.sleep(250);
                found = endReminders(portal);
            }
            assertThat(found).isEqualTo(1);
        }
    }

    private static long endReminders(PortalTestServer portal) throws SQLException {
        try (Connection c = portal.database().connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM notification WHERE tenant_id = 'orust' "
                     + "AND notice_key LIKE 'agreements:%:end:2026-12-31:officer.orust'")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
