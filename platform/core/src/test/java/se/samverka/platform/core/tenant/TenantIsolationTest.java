package se.samverka.platform.core.tenant;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.samverka.platform.core.TestTenants;
import se.samverka.testkit.PortalExtension;
import se.samverka.testmodules.alpha.Note;
import se.samverka.testmodules.alpha.NoteRepository;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Micronaut Data's tenant filter plus the platform's guards, on the real database. */
class TenantIsolationTest {

    @RegisterExtension
    static final PortalExtension portal = PortalExtension.of(TestTenants::startPortal);
    static NoteRepository notes;

    @BeforeAll
    static void start() {
        notes = portal.bean(NoteRepository.class);
    }

    @Test
    void aRecordIsInvisibleFromAnotherTenant() {
        Note saved = TenantContext.callAs("tenant-a", () -> notes.save(new Note(null, null, "A's note", null)));

        assertThat(saved.tenantId()).isEqualTo("tenant-a");
        assertThat(TenantContext.callAs("tenant-b", () -> notes.findById(saved.id()))).isEmpty();
        assertThat(TenantContext.callAs("tenant-b", () -> notes.findAll())).extracting(Note::id).doesNotContain(saved.id());
        assertThat(TenantContext.callAs("tenant-b", () -> notes.count())).isZero();
        assertThat(TenantContext.callAs("tenant-a", () -> notes.findById(saved.id()))).isPresent();
    }

    @Test
    void deletingFromAnotherTenantLeavesTheRecord() {
        Note saved = TenantContext.callAs("tenant-a", () -> notes.save(new Note(null, null, "kept", null)));

        TenantContext.callAs("tenant-b", () -> {
            notes.deleteById(saved.id());
            return null;
        });

        assertThat(TenantContext.callAs("tenant-a", () -> notes.findById(saved.id()))).isPresent();
    }

    @Test
    void savingWithoutACurrentTenantIsRefusedAndWritesNothing() throws Exception {
        long before = countRows();

        assertThatThrownBy(() -> notes.save(new Note(null, null, "orphan", null))).isInstanceOf(RuntimeException.class);
        assertThat(countRows()).isEqualTo(before);
    }

    @Test
    void queryingWithoutACurrentTenantIsRefused() {
        assertThatThrownBy(() -> notes.findAll()).isInstanceOf(RuntimeException.class);
    }

    @Test
    void insertingForAnotherTenantIsRefused() throws Exception {
        long before = countRows();

        assertThatThrownBy(() -> TenantContext.callAs("tenant-a", () -> notes.save(new Note(null, "tenant-b", "smuggled", null))))
                .hasRootCauseInstanceOf(TenantGuard.TenantLeakException.class);
        assertThat(countRows()).isEqualTo(before);
    }

    @Test
    void anUpdateCannotMoveARecordToAnotherTenant() throws Exception {
        Note saved = TenantContext.callAs("tenant-a", () -> notes.save(new Note(null, null, "stays in A", null)));

        assertThatThrownBy(() -> TenantContext.callAs("tenant-a",
                () -> notes.update(new Note(saved.id(), "tenant-b", "moved", saved.version()))))
                .hasRootCauseInstanceOf(TenantGuard.TenantLeakException.class);
        assertThat(tenantOfRow(saved.id())).isEqualTo("tenant-a");
    }

    @Test
    void anUpdateFromAnotherTenantChangesNothing() throws Exception {
        Note saved = TenantContext.callAs("tenant-a", () -> notes.save(new Note(null, null, "original", null)));

        try {
            TenantContext.callAs("tenant-b", () -> notes.update(new Note(saved.id(), null, "overwritten", saved.version())));
        } catch (RuntimeException refused) {
            // refusing is as good as ignoring: what matters is the row below
        }

        assertThat(TenantContext.callAs("tenant-a", () -> notes.findById(saved.id())).orElseThrow().text()).isEqualTo("original");
        assertThat(tenantOfRow(saved.id())).isEqualTo("tenant-a");
    }

    @Test
    void theTenantColumnIsNotNullInTheDatabase() throws Exception {
        try (Connection c = portal.database().connect(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("INSERT INTO alpha_note (tenant_id, text, version) VALUES (NULL, 'x', 0)"))
                    .isInstanceOf(java.sql.SQLException.class);
        }
    }

    private static long countRows() throws Exception {
        try (Connection c = portal.database().connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM alpha_note")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String tenantOfRow(long id) throws Exception {
        try (Connection c = portal.database().connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT tenant_id FROM alpha_note WHERE id = " + id)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
