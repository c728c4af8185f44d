package se.samverka.agreements.benchmark;

import se.samverka.testkit.benchmark.Machine;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated rows keep the rules the module's own code keeps (the database's constraints were on
 * while they were written, so keys, uniqueness and checks hold already): what the services and the
 * measured queries rely on. Each check counts the rows that break a rule; there must be none.
 */
final class GeneratedDataChecks {

    private GeneratedDataChecks() {
    }

    static void verify(Connection c, BenchmarkTenants tenants, LocalDate today) throws SQLException {
        assertThat(count(c, "SELECT COUNT(*) FROM agreements_agreement")).isEqualTo(tenants.agreements());
        assertThat(count(c, "SELECT COUNT(*) FROM tenant_module WHERE module_id = 'agreements' AND enabled"))
                .as("the module is enabled for every tenant").isGreaterThanOrEqualTo(tenants.all().size());
        assertThat(count(c, "SELECT COUNT(*) FROM agreements_agreement WHERE tenant_id = '" + tenants.largest().id() + "'"))
                .isEqualTo(tenants.largest().agreements());
        broken(c, "agreements without exactly one tenant party at position 0", """
                SELECT COUNT(*) FROM agreements_agreement a WHERE 1 <> (SELECT COUNT(*) FROM agreements_party p
                 WHERE p.tenant_id = a.tenant_id AND p.agreement_id = a.id AND p.partner_id IS NULL AND p.position = 0)""");
        broken(c, "agreements without a partner party", """
                SELECT COUNT(*) FROM agreements_agreement a WHERE NOT EXISTS (SELECT 1 FROM agreements_party p
                 WHERE p.tenant_id = a.tenant_id AND p.agreement_id = a.id AND p.partner_id IS NOT NULL)""");
        broken(c, "renewal-talk dates that are not the end minus the notice", """
                SELECT COUNT(*) FROM agreements_agreement WHERE period_end IS NOT NULL
                 AND NOT renewal_talks_start <=> DATE_SUB(period_end, INTERVAL renewal_notice_months MONTH)""");
        broken(c, "periods half given", "SELECT COUNT(*) FROM agreements_agreement WHERE (period_start IS NULL) <> (period_end IS NULL)");
        broken(c, "agreements past proposal without a period or registry number", """
                SELECT COUNT(*) FROM agreements_agreement WHERE status <> 'DRAFT'
                 AND (period_start IS NULL OR registry_number IS NULL)""");
        broken(c, "decided agreements without a decision, or with one in the future", """
                SELECT COUNT(*) FROM agreements_agreement WHERE status IN ('DECIDED', 'ACTIVE', 'ENDED', 'TERMINATED')
                 AND (decision_body IS NULL OR decision_registry_number IS NULL OR decision_date IS NULL
                      OR decision_date > '%s')""".formatted(today));
        broken(c, "active agreements with a party that has not signed", """
                SELECT COUNT(*) FROM agreements_party p JOIN agreements_agreement a ON a.tenant_id = p.tenant_id AND a.id = p.agreement_id
                 WHERE a.status = 'ACTIVE' AND NOT EXISTS (SELECT 1 FROM agreements_signatory s
                   WHERE s.tenant_id = p.tenant_id AND s.party_id = p.id AND s.signed_on IS NOT NULL)""");
        broken(c, "active agreements outside their period, ended ones not yet over", """
                SELECT COUNT(*) FROM agreements_agreement WHERE (status = 'ACTIVE' AND period_end < '%1$s')
                 OR (status = 'ENDED' AND period_end >= '%1$s')""".formatted(today));
        broken(c, "reports of another agreement's period", """
                SELECT COUNT(*) FROM agreements_report r JOIN agreements_reporting_period p ON p.tenant_id = r.tenant_id AND p.id = r.period_id
                 WHERE p.agreement_id <> r.agreement_id""");
        broken(c, "figures for another agreement's indicators", """
                SELECT COUNT(*) FROM agreements_report_figure f
                  JOIN agreements_report r ON r.tenant_id = f.tenant_id AND r.id = f.report_id
                  JOIN agreements_indicator i ON i.tenant_id = f.tenant_id AND i.id = f.indicator_id
                 WHERE i.agreement_id <> r.agreement_id""");
        broken(c, "partner parties whose organisation is of another tenant", """
                SELECT COUNT(*) FROM agreements_party p LEFT JOIN partner_organisation o
                    ON o.tenant_id = p.tenant_id AND o.id = p.partner_id
                 WHERE p.partner_id IS NOT NULL AND o.id IS NULL""");
        broken(c, "planned meetings in the past", "SELECT COUNT(*) FROM agreements_meeting WHERE status = 'PLANNED' AND meeting_date < '%s'".formatted(today));
        assertThat(count(c, "SELECT COUNT(*) FROM agreements_report")).as("some reports").isPositive();
        assertThat(count(c, "SELECT COUNT(*) FROM agreements_meeting")).as("some meetings").isPositive();
    }

    private static void broken(Connection c, String rule, String countSql) throws SQLException {
        assertThat(count(c, countSql)).as(rule).isZero();
    }

    static long count(Connection c, String sql) throws SQLException {
        return Long.parseLong(Machine.query(c, sql));
    }
}
