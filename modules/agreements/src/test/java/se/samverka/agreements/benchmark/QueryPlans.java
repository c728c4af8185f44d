package se.samverka.agreements.benchmark;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The query plans the benchmark reports, read through the portal's own connection pool. */
final class QueryPlans {

    /** The dashboard's "agreements by status". */
    static final String STATUS_COUNTS =
            "SELECT status, COUNT(*) FROM agreements_agreement WHERE tenant_id = ? GROUP BY status";

    private final DataSource dataSource;

    QueryPlans(DataSource dataSource) {
        this.dataSource = dataSource;
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

    private static void bind(PreparedStatement s, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            s.setObject(i + 1, params[i]);
        }
    }
}
