package se.samverka.platform.core.testing;

import se.samverka.testkit.PortalTestServer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The platform's audit log as the database has it, for tests that check a change was recorded. */
public final class AuditTrail {

    private AuditTrail() {
    }

    /** The audit lines of a record, oldest first: "tenant actor action changes". */
    public static List<String> of(PortalTestServer portal, String recordType, Object recordId) {
        try (Connection c = portal.database().connect();
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

    /**
     * The record's newest audit line says who did what in which tenant, and names the fields that changed
     * (the audit log is read by people: field names, not a serialised object).
     */
    public static void assertRecorded(PortalTestServer portal, String recordType, Object recordId, String tenant,
                                      String actor, String action, String... fields) {
        List<String> lines = of(portal, recordType, recordId);
        assertThat(lines).as("the audit of " + recordType + " " + recordId).isNotEmpty();
        String last = lines.get(lines.size() - 1);
        assertThat(last).as("the newest audit line of " + recordType + " " + recordId)
                .startsWith(tenant + " " + actor + " " + action + " ");
        for (String field : fields) {
            assertThat(last).as("the change names the field " + field).contains("\"" + field + "\"");
        }
    }
}
