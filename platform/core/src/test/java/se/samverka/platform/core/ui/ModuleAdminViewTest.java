package se.samverka.platform.core.ui;

import se.samverka.platform.core.testing.KaribuPortal;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.sidenav.SideNavItem;
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
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireCancel;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
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
    void switchingAModuleOffAsksFirstSayingWhatHappensAndCancellingKeepsItOn() {
        KaribuPortal.as(user("admin.tenant-b", Roles.TENANT_ADMIN, "tenant-b"), "tenant-b", "admin/modules");

        _setValue(box("alpha"), false);

        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("module-disable-confirm"));
        assertThat(confirm.getElement().getProperty("message")).contains("försvinner för alla i Region B")
                .contains("Inga uppgifter tas bort");
        assertThat(portal.bean(ModuleEnablement.class).isEnabled("tenant-b", "alpha")).isTrue();
        _fireCancel(confirm);

        assertThat(portal.bean(ModuleEnablement.class).isEnabled("tenant-b", "alpha")).isTrue();
        assertThat(box("alpha").getValue()).isTrue();
        assertThat(navLabels()).contains("Mitt arbete");
    }

    @Test
    void aConfirmedSwitchOffAndASwitchOnShowInTheSideNavigationAtOnce() {
        ModuleEnablement enablement = portal.bean(ModuleEnablement.class);
        KaribuPortal.as(user("admin.tenant-b", Roles.TENANT_ADMIN, "tenant-b"), "tenant-b", "admin/modules");
        assertThat(navLabels()).contains("Mitt arbete", "Partnerorganisationer");
        try {
            _setValue(box("alpha"), false);
            _fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("module-disable-confirm")));

            assertThat(enablement.isEnabled("tenant-b", "alpha")).isFalse();
            assertThat(navLabels()).doesNotContain("Mitt arbete", "Partnerorganisationer");

            // switching on needs no confirmation
            _setValue(box("beta"), true);
            assertThat(_find(ConfirmDialog.class)).isEmpty();
            assertThat(enablement.isEnabled("tenant-b", "beta")).isTrue();
            assertThat(navLabels()).contains("Beta-inställningar", "Mitt arbete");
        } finally {
            enablement.setEnabled("tenant-b", "alpha", true, "test");
            enablement.setEnabled("tenant-b", "beta", false, "test");
        }
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

    /** A module's box by its id, as a test or a browser finds it (the grid's cells are not the view's children). */
    private static Checkbox box(String moduleId) {
        Grid<Object> grid = grid();
        for (int row = 0; row < _size(grid); row++) {
            Checkbox box = (Checkbox) _getCellComponent(grid, row, "enabled");
            if (box.getId().orElse("").equals("module-enabled-" + moduleId)) {
                return box;
            }
        }
        throw new AssertionError("no box for " + moduleId);
    }

    private static List<String> navLabels() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

    @SuppressWarnings("unchecked")
    private static Grid<Object> grid() {
        return _get(Grid.class, spec -> spec.withId("module-grid"));
    }

}
