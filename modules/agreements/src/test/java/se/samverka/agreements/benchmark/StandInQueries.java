package se.samverka.agreements.benchmark;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL the dashboard widgets and the reminder job need, measured through the portal's own
 * connection pool until their services are on main (see the SWITCH markers in
 * {@link AgreementsBenchmark}); also the statements the benchmark EXPLAINs.
 */
final class StandInQueries {

    /** The dashboard's "agreements by status". */
    static final String STATUS_COUNTS =
            "SELECT status, COUNT(*) FROM agreements_agreement WHERE tenant_id = ? GROUP BY status";

    /**
     * The dashboard's "next deadlines": renewal talks to start, agreements that end, reports due and
     * not yet in, planned steering-group meetings; each part limited, then merged.
     * Parameters: (tenant, from, to, limit) four times, then the overall limit.
     */
    static final String DEADLINES = """
            SELECT kind, agreement_id, deadline FROM (
              (SELECT 'RENEWAL_TALKS' AS kind, a.id AS agreement_id, a.renewal_talks_start AS deadline
                 FROM agreements_agreement a
                WHERE a.tenant_id = ? AND a.renewal_talks_start BETWEEN ? AND ? AND a.status IN ('DECIDED', 'ACTIVE')
                ORDER BY a.renewal_talks_start LIMIT ?)
              UNION ALL
              (SELECT 'AGREEMENT_END', a.id, a.period_end
                 FROM agreements_agreement a
                WHERE a.tenant_id = ? AND a.period_end BETWEEN ? AND ? AND a.status IN ('DECIDED', 'ACTIVE')
                ORDER BY a.period_end LIMIT ?)
              UNION ALL
              (SELECT 'REPORT_DUE', p.agreement_id, p.due_on
                 FROM agreements_reporting_period p
                 JOIN agreements_agreement a ON a.tenant_id = p.tenant_id AND a.id = p.agreement_id
                WHERE p.tenant_id = ? AND p.due_on BETWEEN ? AND ? AND a.status IN ('DECIDED', 'ACTIVE')
                  AND NOT EXISTS (SELECT 1 FROM agreements_report r
                                   WHERE r.tenant_id = p.tenant_id AND r.period_id = p.id AND r.status <> 'RETURNED')
                ORDER BY p.due_on LIMIT ?)
              UNION ALL
              (SELECT 'MEETING', m.agreement_id, m.meeting_date
                 FROM agreements_meeting m
                WHERE m.tenant_id = ? AND m.meeting_date BETWEEN ? AND ? AND m.status = 'PLANNED'
                ORDER BY m.meeting_date LIMIT ?)
            ) deadlines
            ORDER BY deadline, kind, agreement_id LIMIT ?""";

    /** Agreements in force with fewer meetings held or planned this year than agreed: the reminder job's fourth kind. */
    static final String MEETING_SHORTFALLS = """
            SELECT a.id FROM agreements_agreement a
             WHERE a.tenant_id = ? AND a.status IN ('DECIDED', 'ACTIVE')
               AND (SELECT COUNT(*) FROM agreements_meeting m
                     WHERE m.tenant_id = a.tenant_id AND m.agreement_id = a.id AND m.status <> 'CANCELLED'
                       AND m.meeting_date BETWEEN ? AND ?) < a.minimum_meetings_per_year""";

    private final DataSource dataSource;

    StandInQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    int statusCounts(String tenant) {
        return rows(STATUS_COUNTS, tenant);
    }

    int deadlines(String tenant, LocalDate from, LocalDate to, int limit) {
        List<Object> params = new ArrayList<>();
        for (int part = 0; part < 4; part++) {
            params.addAll(List.of(tenant, Date.valueOf(from), Date.valueOf(to), limit));
        }
        params.add(limit);
        return rows(DEADLINES, params.toArray());
    }

    int meetingShortfalls(String tenant, int year) {
        return rows(MEETING_SHORTFALLS, tenant, Date.valueOf(LocalDate.of(year, 1, 1)), Date.valueOf(LocalDate.of(year, 12, 31)));
    }

    /** The statement's plan, one line per table access: table, access type, key, rows, extra. */
    List<String> explain(String sql, Object... params) {
        List<String> lines = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("EXPLAIN " + sql)) {
            bind(s, params);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    lines.add(String.format("%-12s %-8s %-22s %-40s %8s  %s", rs.getString("select_type"),
                            rs.getString("table"), rs.getString("type"), rs.getString("key"), rs.getString("rows"),
                            rs.getString("Extra")));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
        return lines;
    }

    private int rows(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            int rows = 0;
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows++;
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static void bind(PreparedStatement s, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            s.setObject(i + 1, params[i]);
        }
    }
}
