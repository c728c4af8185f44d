package se.samverka.platform.core.audit;

import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.samverka.platform.api.audit.AuditLog;
import se.samverka.platform.core.TestTenants;
import se.samverka.platform.core.tenant.TenantContext;
import se.samverka.testkit.PortalExtension;

import java.lang.reflect.Method;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit log on the real database: per tenant, filtered in SQL, append-only. */
class AuditLogTest {

    @RegisterExtension
    static final PortalExtension portal = PortalExtension.of(TestTenants::startPortal);
    static AuditLog log;
    static AuditService audit;

    @BeforeAll
    static void start() {
        log = portal.bean(AuditLog.class);
        audit = portal.bean(AuditService.class);
        TenantContext.callAs("tenant-a", () -> {
            log.record("create", "note", "1", Map.of("text", new AuditLog.Change(null, "Hej")));
            log.record("update", "note", "1", Map.of("text", new AuditLog.Change("Hej", "Hej då")));
            return null;
        });
        TenantContext.callAs("tenant-b", () -> {
            log.record("create", "note", "2", Map.of());
            return null;
        });
    }

    @Test
    void aTenantSeesOnlyItsOwnLog() {
        List<AuditEntry> a = search("tenant-a", AuditService.AuditFilter.NONE);
        List<AuditEntry> b = search("tenant-b", AuditService.AuditFilter.NONE);

        assertThat(a).extracting(AuditEntry::tenantId).containsOnly("tenant-a");
        assertThat(a).extracting(AuditEntry::recordId).contains("1").doesNotContain("2");
        assertThat(b).extracting(AuditEntry::recordId).contains("2").doesNotContain("1");
    }

    @Test
    void entriesSayWhoWhenWhatAndWhichFieldsChanged() {
        AuditEntry update = search("tenant-a", new AuditService.AuditFilter(null, "update", "note", null, null)).get(0);

        assertThat(update.actor()).isEqualTo("system");
        assertThat(update.occurredAt()).isBefore(Instant.now().plusSeconds(1));
        assertThat(update.changes()).isEqualTo("{\"text\":[\"Hej\",\"Hej då\"]}");
    }

    @Test
    void filtersWorkInTheDatabase() {
        assertThat(search("tenant-a", new AuditService.AuditFilter(null, "create", null, null, null)))
                .extracting(AuditEntry::action).containsOnly("create");
        assertThat(search("tenant-a", new AuditService.AuditFilter("nobody", null, null, null, null))).isEmpty();
        assertThat(search("tenant-a", new AuditService.AuditFilter(null, null, null, Instant.now().plusSeconds(3600), null))).isEmpty();
    }

    @Test
    void theLogHasNoWayToChangeOrDeleteEntries() {
        List<String> methods = Arrays.stream(AuditRepository.class.getMethods()).map(Method::getName).toList();

        assertThat(methods).noneMatch(name -> name.startsWith("update") || name.startsWith("delete") || name.startsWith("remove"));
        // modules append (record) and read a record's history (historyOf); nothing changes or deletes an entry
        assertThat(AuditLog.class.getMethods()).extracting(Method::getName).containsOnly("record", "historyOf");
    }

    private static List<AuditEntry> search(String tenant, AuditService.AuditFilter filter) {
        return TenantContext.callAs(tenant, () -> audit.search(filter,
                Pageable.from(0, 50, Sort.of(Sort.Order.desc("occurredAt")))).getContent());
    }
}
