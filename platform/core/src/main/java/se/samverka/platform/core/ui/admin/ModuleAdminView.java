package se.samverka.platform.core.ui.admin;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.data.exceptions.OptimisticLockException;
import jakarta.annotation.security.RolesAllowed;
import se.samverka.platform.api.module.ModuleManifest;
import se.samverka.platform.api.security.CurrentUser;
import se.samverka.platform.api.security.CurrentUser.PortalUser;
import se.samverka.platform.api.security.Roles;
import se.samverka.platform.api.tenant.CurrentTenant;
import se.samverka.platform.core.module.ModuleAdministration;
import se.samverka.platform.core.tenant.Tenant;
import se.samverka.platform.core.ui.MainLayout;
import se.samverka.platform.core.ui.ModuleIcons;

import java.util.List;
import java.util.Map;

/**
 * Enabling and disabling modules per tenant: a tenant administrator for their own tenant, a platform
 * administrator for any. The change holds at once, in navigation, views and API.
 */
@Prototype
@RolesAllowed({Roles.TENANT_ADMIN, Roles.PLATFORM_ADMIN})
@Route(value = "admin/modules", layout = MainLayout.class)
public class ModuleAdminView extends VerticalLayout implements HasDynamicTitle {

    private final ModuleAdministration administration;
    private final PortalUser user;
    private final ComboBox<Tenant> tenantSelect = new ComboBox<>();
    private final Grid<ModuleState> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();

    ModuleAdminView(ModuleAdministration administration, CurrentUser currentUser, CurrentTenant currentTenant) {
        this.administration = administration;
        this.user = currentUser.require();
        setId("module-admin");
        add(new H1(getTranslation("modules.title")), new Paragraph(getTranslation("modules.intro")));

        List<Tenant> tenants = administration.manageableTenants(user);
        tenantSelect.setId("module-tenant");
        tenantSelect.setLabel(getTranslation("modules.tenant"));
        tenantSelect.setItems(tenants);
        tenantSelect.setItemLabelGenerator(Tenant::name);
        tenantSelect.setWidth("24rem");
        tenantSelect.addValueChangeListener(e -> refresh());
        add(tenantSelect);

        grid.setId("module-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(state -> {
            Checkbox box = new Checkbox(state.enabled());
            box.setId("module-enabled-" + state.module().id());
            box.setAriaLabel(getTranslation("modules.enabledFor", state.module().name().in(getLocale())));
            box.addValueChangeListener(e -> {
                if (!e.isFromClient()) {
                    return;
                }
                if (e.getValue()) {
                    change(state.module(), true);
                } else {
                    confirmDisabling(state.module());
                }
            });
            return box;
        }).setKey("enabled").setHeader(getTranslation("modules.enabled")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(state -> {
            var icon = ModuleIcons.of(state.module().icon());
            icon.getElement().setAttribute("aria-hidden", "true");
            return icon;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(state -> state.module().name().in(getLocale())).setKey("name").setHeader(getTranslation("modules.name")).setAutoWidth(true);
        grid.addColumn(state -> state.module().description().in(getLocale())).setHeader(getTranslation("modules.description"));
        grid.addColumn(state -> state.module().version()).setHeader(getTranslation("modules.version")).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        empty.setId("module-empty");
        add(grid, empty);

        Tenant initial = currentTenant.id().flatMap(id -> tenants.stream().filter(t -> t.id().equals(id)).findFirst())
                .orElse(tenants.isEmpty() ? null : tenants.get(0));
        tenantSelect.setReadOnly(!user.hasRole(Roles.PLATFORM_ADMIN) && tenants.size() <= 1);
        tenantSelect.setValue(initial);
        refresh();
    }

    private void refresh() {
        Tenant tenant = tenantSelect.getValue();
        Map<ModuleManifest, Boolean> states = tenant == null ? Map.of()
                : administration.states(user, tenant.id()).orElse(Map.of());
        grid.setItems(states.entrySet().stream().map(e -> new ModuleState(e.getKey(), e.getValue())).toList());
        grid.setVisible(!states.isEmpty());
        empty.setText(tenant == null ? getTranslation("modules.noTenant") : getTranslation("modules.none"));
        empty.setVisible(states.isEmpty());
    }

    /**
     * Switching off hides the module's views and reminders from everyone in the tenant, so it is asked
     * first; the box shows the real state again if the administrator cancels or closes the dialog.
     */
    private void confirmDisabling(ModuleManifest module) {
        Tenant tenant = tenantSelect.getValue();
        String name = module.name().in(getLocale());
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("modules.disableTitle", name),
                getTranslation("modules.disableConfirm", name, tenant.name()),
                getTranslation("modules.disable"), ok -> change(module, false));
        confirm.setId("module-disable-confirm");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("modules.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        // Cancel and Escape alike
        confirm.addCancelListener(cancel -> refresh());
        confirm.open();
    }

    private void change(ModuleManifest module, boolean enabled) {
        Tenant tenant = tenantSelect.getValue();
        try {
            administration.setEnabled(user, tenant.id(), module.id(), enabled);
            Notification.show(getTranslation(enabled ? "modules.enabledNow" : "modules.disabledNow",
                    module.name().in(getLocale()), tenant.name())).addThemeVariants(NotificationVariant.LUMO_CONTRAST);
        } catch (OptimisticLockException concurrent) {
            Notification.show(getTranslation("modules.concurrent")).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
        // the side navigation shows the tenant's modules now, not at the next navigation
        MainLayout layout = findAncestor(MainLayout.class);
        if (layout != null) {
            layout.refreshNavigation();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("modules.title") + " – Samverka";
    }

    record ModuleState(ModuleManifest module, boolean enabled) {
    }
}
