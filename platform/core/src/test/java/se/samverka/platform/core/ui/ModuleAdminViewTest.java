package se.samverka.platform.core.ui;

import se.samverka.platform.core.testing.KaribuPortal;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.samverka.platform.api.security.Roles;
import se.samverka.platform.core.TestTenants;
import se.samverka.platform.core.audit.AuditEntry;
import se.samverka.platform.core.audit.AuditService;
import se.samverka.platform.core.module.ModuleEnablement;
import se.samverka.platform.core.tenant.Tenant;
import se.samverka.platform.core.tenant.TenantContext;
import se.samverka.testkit.PortalExtension;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.platform.core.ui.PortalShellTest.user;

/** The module administration view in Karibu, against the real database. */
class ModuleAdminViewTest {

    @RegisterExtension
    static final PortalExtension portal = PortalExtension.of(TestTenants::startPortal);

    @RegisterExtension
    final KaribuSession karibu = new KaribuSession(portal);

    @Test
    void aTenantAdministratorSeesOnlyTheirOwnTenant() {
        KaribuPortal.as(user("admin.tenant-b", Roles.TENANT_ADMIN, "tenant-b"), "tenant-b", "admin/modules");

        @SuppressWarnings("unchecked")
        ComboBox<Tenant> tenant = _get(ComboBox.class, spec -> spec.withId("module-tenant"));
        assertThat(tenant.getValue().id()).isEqualTo("tenant-b");
        assertThat(tenant.isReadOnly()).isTrue();
        assertThat(_size(grid())).isEqualTo(2);
    }

    @Test
    void togglingAModuleChangesItForTheTenantAndAuditsIt() {
        KaribuPortal.as(user("admin.tenant-b", Roles.TENANT_ADMIN, "tenant-b"), "tenant-b", "admin/modules");

        Checkbox beta = (Checkbox) _getCellComponent(grid(), 1, "enabled");
        assertThat(beta.getValue()).isFalse();
        _setValue(beta, true);

        assertThat(portal.bean(ModuleEnablement.class).isEnabled("tenant-b", "beta")).isTrue();
        List<AuditEntry> audit = TenantContext.callAs("tenant-b", () -> portal.bean(AuditService.class)
                .search(new AuditService.AuditFilter(null, "module.enable", null, null, null),
                        io.micronaut.data.model.Pageable.from(0, 10)).getContent());
        assertThat(audit).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo("admin.tenant-b");
            assertThat(e.recordId()).isEqualTo("beta");
            assertThat(e.changes()).contains("\"enabled\":[false,true]");
        });
        portal.bean(ModuleEnablement.class).setEnabled("tenant-b", "beta", false, "test");
    }

    @Test
    void aPlatformAdministratorChoosesAnyTenant() {
        KaribuPortal.as(user("platform", Roles.PLATFORM_ADMIN), null, "admin/modules");

        @SuppressWarnings("unchecked")
        ComboBox<Tenant> tenant = _get(ComboBox.class, spec -> spec.withId("module-tenant"));
        assertThat(tenant.isReadOnly()).isFalse();
        List<String> choices = tenant.getListDataView().getItems().map(Tenant::id).toList();
        assertThat(choices).containsExactlyInAnyOrder("tenant-a", "tenant-b", "tenant-c");
    }

    @SuppressWarnings("unchecked")
    private static Grid<Object> grid() {
        return _get(Grid.class, spec -> spec.withId("module-grid"));
    }

}
