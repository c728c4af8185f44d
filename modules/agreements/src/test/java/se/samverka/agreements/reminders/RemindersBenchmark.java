package se.samverka.agreements.reminders;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import se.samverka.platform.core.tenant.TenantDirectory;
import se.samverka.testkit.PortalTestServer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily reminder job over many tenants and agreements (generated straight into the database),
 * timed. Not part of the normal build: run it with
 * {@code mvn -B test -pl modules/agreements -am -Dtest=RemindersBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * -Dsamverka.benchmark=true [-Dbenchmark.tenants=300 -Dbenchmark.agreements=100000]}.
 */
@EnabledIfSystemProperty(named = "samverka.benchmark", matches = "true")
class RemindersBenchmark {

    static final LocalDate TODAY = LocalDate.of(2026, 9, 15);

    @Test
    void theDailyJobOverAllTenantsTakesLessThanAMinute() throws Exception {
        int tenants = Integer.getInteger("benchmark.tenants", 300);
        int agreements = Integer.getInteger("benchmark.agreements", 100_000);
        try (PortalTestServer portal = PortalTestServer.start(PortalTestServer.repositoryTenants(),
                Map.of("samverka.demo-users.enabled", true))) {
            long generated = System.nanoTime();
            try (Connection connection = portal.database().connect()) {
                generate(connection, tenants, agreements);
            }
            System.out.printf("generated %d tenants, %d agreements in %d ms%n", tenants, agreements,
                    (System.nanoTime() - generated) / 1_000_000);
            portal.bean(TenantDirectory.class).reload();
            Reminders reminders = portal.bean(Reminders.class);

            long started = System.nanoTime();
            int created = reminders.runFor(TODAY);
            long firstRun = (System.nanoTime() - started) / 1_000_000;
            started = System.nanoTime();
            int again = reminders.runFor(TODAY);
            long secondRun = (System.nanoTime() - started) / 1_000_000;
            System.out.printf("BENCHMARK reminders: first run %d notices in %d ms; second run %d notices in %d ms%n",
                    created, firstRun, again, secondRun);

            assertThat(created).isPositive();
            assertThat(again).isZero();
            assertThat(firstRun).isLessThan(60_000);
        }
    }

    /** Tenants with the module enabled, partners, agreements with parties, half-year periods, some reports and meetings. */
    static void generate(Connection c, int tenants, int agreements) throws SQLException {
        Random random = new Random(42);
        c.setAutoCommit(false);
        String now = "2026-01-01 00:00:00";
        List<String> tenantRows = new ArrayList<>();
        List<String> moduleRows = new ArrayList<>();
        List<String> partnerRows = new ArrayList<>();
        int partnersPerTenant = 20;
        for (int t = 0; t < tenants; t++) {
            String id = "bm-" + t;
            tenantRows.add("('" + id + "', 'Benchmark " + t + "', 'municipality', '', 'sv', '#1F2937', '" + now + "', '" + now + "')");
            moduleRows.add("('" + id + "', 'agreements', TRUE, 0, '" + now + "', 'benchmark')");
            for (int p = 0; p < partnersPerTenant; p++) {
                long partnerId = 1_000_000L + (long) t * partnersPerTenant + p;
                partnerRows.add("(" + partnerId + ", '" + id + "', 'Förening " + t + "-" + p + "', 'NON_PROFIT_ASSOCIATION', 'bm-" + t + "-" + p
                        + "', '" + now + "', 'benchmark', '" + now + "', 'benchmark', 0)");
            }
        }
        insert(c, "INSERT INTO tenant (id, name, kind, hosts, locale, brand_colour, created_at, updated_at) VALUES ", tenantRows);
        insert(c, "INSERT INTO tenant_module (tenant_id, module_id, enabled, version, updated_at, updated_by) VALUES ", moduleRows);
        insert(c, "INSERT INTO agreements_partner_organisation (id, tenant_id, name, kind, directory_alias, created_at, created_by, "
                + "updated_at, updated_by, version) VALUES ", partnerRows);
        List<String> agreementRows = new ArrayList<>();
        List<String> partyRows = new ArrayList<>();
        List<String> periodRows = new ArrayList<>();
        List<String> reportRows = new ArrayList<>();
        List<String> meetingRows = new ArrayList<>();
        long periodId = 10_000_000L;
        String[] statuses = {"ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "DECIDED", "DRAFT", "ENDED"};
        for (int a = 0; a < agreements; a++) {
            int t = a % tenants;
            String tenant = "bm-" + t;
            long id = 1_000_000L + a;
            LocalDate start = LocalDate.of(2023 + random.nextInt(4), 1 + random.nextInt(12), 1);
            LocalDate end = start.plusYears(1 + random.nextInt(4)).minusDays(1);
            LocalDate renewal = end.minusMonths(6);
            String status = statuses[random.nextInt(statuses.length)];
            agreementRows.add("(" + id + ", '" + tenant + "', 'KS/" + a + "', 'Överenskommelse " + a + "', 'IOP', '" + status + "', '"
                    + start + "', '" + end + "', '" + renewal + "', '" + now + "', 'benchmark', '" + now + "', 'benchmark', 0)");
            long partnerId = 1_000_000L + (long) t * partnersPerTenant + random.nextInt(partnersPerTenant);
            partyRows.add("('" + tenant + "', " + id + ", 0, NULL, 'Kommunen')");
            partyRows.add("('" + tenant + "', " + id + ", 1, " + partnerId + ", 'Föreningen')");
            for (LocalDate from = start; from.isBefore(end); from = from.plusMonths(6)) {
                LocalDate to = from.plusMonths(6).minusDays(1);
                long pid = periodId++;
                periodRows.add("(" + pid + ", '" + tenant + "', " + id + ", '" + from.getYear() + "-P" + from.getMonthValue() + "', '"
                        + from + "', '" + to + "', '" + to.plusDays(30) + "')");
                if (to.plusDays(30).isBefore(TODAY) && random.nextInt(10) < 7) {
                    reportRows.add("('" + tenant + "', " + id + ", " + pid + ", 'ACCEPTED', '" + now + "', 'benchmark', 0)");
                }
            }
            for (int m = random.nextInt(3); m > 0; m--) {
                meetingRows.add("('" + tenant + "', " + id + ", 'HELD', '2026-0" + (1 + random.nextInt(8)) + "-10', '', '"
                        + now + "', 'benchmark', '" + now + "', 'benchmark', 0)");
            }
        }
        insert(c, "INSERT INTO agreements_agreement (id, tenant_id, registry_number, title, form, status, period_start, period_end, "
                + "renewal_talks_start, created_at, created_by, updated_at, updated_by, version) VALUES ", agreementRows);
        insert(c, "INSERT INTO agreements_party (tenant_id, agreement_id, position, partner_id, name) VALUES ", partyRows);
        insert(c, "INSERT INTO agreements_reporting_period (id, tenant_id, agreement_id, label, starts_on, ends_on, due_on) VALUES ",
                periodRows);
        insert(c, "INSERT INTO agreements_report (tenant_id, agreement_id, period_id, status, submitted_at, submitted_by, version) VALUES ",
                reportRows);
        insert(c, "INSERT INTO agreements_meeting (tenant_id, agreement_id, status, meeting_date, attendee_functions, created_at, "
                + "created_by, updated_at, updated_by, version) VALUES ", meetingRows);
        c.commit();
        try (Statement statement = c.createStatement()) {
            statement.execute("ANALYZE TABLE agreements_agreement, agreements_reporting_period, agreements_report, agreements_meeting, agreements_party");
        }
    }

    static void insert(Connection c, String head, List<String> rows) throws SQLException {
        for (int from = 0; from < rows.size(); from += 2000) {
            try (PreparedStatement statement = c.prepareStatement(head + String.join(",", rows.subList(from, Math.min(rows.size(), from + 2000))))) {
                statement.executeUpdate();
            }
        }
    }
}
