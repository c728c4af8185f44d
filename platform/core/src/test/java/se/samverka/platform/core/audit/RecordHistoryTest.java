package se.samverka.platform.core.audit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.samverka.platform.api.audit.AuditLog;
import se.samverka.platform.core.TestTenants;
import se.samverka.platform.core.tenant.TenantContext;
import se.samverka.testkit.PortalExtension;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A record's history, read back from the audit log for a module's history tab, in its tenant only. */
class RecordHistoryTest {

    @RegisterExtension
    static final PortalExtension portal = PortalExtension.of(TestTenants::startPortal);

    @Test
    void theRecordsEntriesComeBackNewestFirstWithTheirChangesAndOnlyInTheirTenant() {
        AuditLog audit = portal.bean(AuditLog.class);
        String id = UUID.randomUUID().toString().substring(0, 8);
        TenantContext.callAs("tenant-a", () -> {
            audit.record("create", "note", id, Map.of("text", new AuditLog.Change(null, "Hej")));
            audit.record("update", "note", id, Map.of("text", new AuditLog.Change("Hej", "Hej igen")));
            audit.record("update", "other", id, Map.of());
            return null;
        });

        List<AuditLog.Entry> history = TenantContext.callAs("tenant-a", () -> audit.historyOf(Map.of("note", List.of(id)), 10));
        assertThat(history).extracting(AuditLog.Entry::action).containsExactly("update", "create");
        assertThat(history.get(0).changes()).containsEntry("text", new AuditLog.Change("Hej", "Hej igen"));
        assertThat(history.get(0).actor()).isEqualTo("system");
        assertThat(TenantContext.callAs("tenant-b", () -> audit.historyOf(Map.of("note", List.of(id)), 10))).isEmpty();
        assertThat(TenantContext.callAs("tenant-a", () -> audit.historyOf(Map.of("note", List.of(id)), 1))).hasSize(1);
    }
}
