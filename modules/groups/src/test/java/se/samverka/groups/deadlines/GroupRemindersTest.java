package se.samverka.groups.deadlines;

import org.junit.jupiter.api.Test;
import se.samverka.groups.GroupsModule;
import se.samverka.groups.term.HalfYear;
import se.samverka.platform.api.jobs.DailyJobRunner;
import se.samverka.testkit.PortalTestServer;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The daily reminders on the demo data: who is told, and never twice. */
class GroupRemindersTest {

    @Test
    void theProviderIsToldTwoWeeksBeforeTheHalfYearEndsOnceHoweverOftenTheJobRuns() throws Exception {
        try (PortalTestServer portal = PortalTestServer.start(PortalTestServer.repositoryTenantsWith(GroupsModule.ID), Map.of())) {
            DailyJobRunner runner = portal.bean(DailyJobRunner.class);
            GroupReminders reminders = portal.bean(GroupReminders.class);
            // the demo's current half-year has no figures yet: asked for from two weeks before it ends
            LocalDate asked = HalfYear.of(LocalDate.now()).remindFrom();

            int first = runner.runFor(reminders, asked);
            int again = runner.runFor(reminders, asked);

            assertThat(first).as("Junis, Vårsol and Origo users each told of their programme's half-year").isGreaterThanOrEqualTo(3);
            assertThat(again).isZero();
            try (Connection c = portal.database().connect(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT recipient FROM notification WHERE tenant_id = 'orust' AND notice_key LIKE 'groups:%'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("partner.junis");
            }
        }
    }
}
