package se.samverka.platform.core.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.samverka.platform.api.audit.AuditLog;
import se.samverka.platform.api.security.CurrentUser.PortalUser;
import se.samverka.platform.api.security.Roles;
import se.samverka.platform.core.TestTenants;
import se.samverka.platform.core.testing.KaribuPortal;
import se.samverka.testkit.PortalExtension;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestions;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The tenant's audit log says who by name, what in words and each field by its label, never codes or JSON. */
class AuditLogViewTest {

    @RegisterExtension
    static final PortalExtension portal = PortalExtension.of(TestTenants::startPortal);

    @RegisterExtension
    final KaribuSession karibu = new KaribuSession(portal);

    @Test
    void anEntryReadsAsWordsWithTheActorsNameAndTheFieldsLabels() {
        String record = "note-" + UUID.randomUUID();
        PortalUser admin = new PortalUser("admin.tenant-a", "Systemförvaltare Kommun A (demo)", Set.of(Roles.TENANT_ADMIN), List.of("tenant-a"),
                Optional.empty());
        KaribuPortal.as(admin, "tenant-a", "");
        Map<String, AuditLog.Change> changes = new LinkedHashMap<>();
        changes.put("note", new AuditLog.Change(null, "Första anteckningen"));
        changes.put("enabled", new AuditLog.Change(false, true));
        portal.bean(AuditLog.class).record("module.enable", "module", record, changes);

        KaribuPortal.as(admin, "tenant-a", "admin/audit");

        @SuppressWarnings("unchecked")
        Grid<Object> grid = _get(Grid.class, spec -> spec.withId("audit-grid"));
        String row = String.join(" | ", _getFormattedRow(grid, 0));
        assertThat(row).contains("Systemförvaltare Kommun A (demo)", "Modulen slogs på", "Modul", record,
                "Anteckning: – → Första anteckningen", "Påslagen: nej → ja");
        assertThat(row).doesNotContain("admin.tenant-a", "module.enable", "{", "\"");

        @SuppressWarnings("unchecked")
        ComboBox<String> action = _get(ComboBox.class, spec -> spec.withId("audit-action"));
        assertThat(getSuggestions(action)).contains("Modulen slogs på");
        @SuppressWarnings("unchecked")
        ComboBox<String> actor = _get(ComboBox.class, spec -> spec.withId("audit-actor"));
        assertThat(getSuggestions(actor)).contains("Systemförvaltare Kommun A (demo)");
    }
}
