package se.samverka.agreements;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** The platform's audit log as the database has it, for tests that check a change was recorded. */
public final class AuditTrail {

    private AuditTrail() {
    }

    /** The audit lines of a record, oldest first: "tenant actor action changes". */
    public static List<String> of(String recordType, Object recordId) {
        try (Connection c = TestPortal.shared().database().connect();
             PreparedStatement s = c.prepareStatement("SELECT tenant_id, actor, action, changes FROM audit_entry "
                     + "WHERE record_type = ? AND record_id = ? ORDER BY id")) {
            s.setString(1, recordType);
            s.setString(2, String.valueOf(recordId));
            List<String> lines = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    lines.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4));
                }
            }
            return lines;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
