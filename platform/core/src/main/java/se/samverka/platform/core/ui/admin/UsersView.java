package se.samverka.platform.core.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import se.samverka.platform.api.security.CurrentUser;
import se.samverka.platform.api.security.CurrentUser.PortalUser;
import se.samverka.platform.api.security.Roles;
import se.samverka.platform.api.tenant.CurrentTenant;
import se.samverka.platform.core.tenant.Tenant;
import se.samverka.platform.core.tenant.TenantAdministration;
import se.samverka.platform.core.ui.MainLayout;
import se.samverka.platform.core.users.DirectoryUser;
import se.samverka.platform.core.users.KeycloakUserDirectory;
import se.samverka.platform.core.users.TenantUsers;
import se.samverka.platform.core.users.UserDirectory;

import java.util.List;

/** A tenant's users: members with their roles; invite, change role, end membership (written to Keycloak). */
@Prototype
@RolesAllowed({Roles.TENANT_ADMIN, Roles.PLATFORM_ADMIN})
@Route(value = "admin/users", layout = MainLayout.class)
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final TenantUsers users;
    private final PortalUser actor;
    private final ComboBox<Tenant> tenantSelect = new ComboBox<>();
    private final Grid<DirectoryUser> grid = new Grid<>();
    private final Button invite = new Button();

    UsersView(TenantUsers users, TenantAdministration administration, CurrentUser currentUser, CurrentTenant currentTenant) {
        this.users = users;
        this.actor = currentUser.require();
        setId("users-admin");
        add(new H1(getTranslation("users.title")));
        if (!users.isWritable()) {
            Paragraph readOnly = new Paragraph(getTranslation("users.readOnly"));
            readOnly.setId("users-read-only");
            add(readOnly);
        }
        List<Tenant> tenants = administration.administeredBy(actor);
        tenantSelect.setId("users-tenant");
        tenantSelect.setLabel(getTranslation("modules.tenant"));
        tenantSelect.setItems(tenants);
        tenantSelect.setItemLabelGenerator(Tenant::name);
        tenantSelect.setWidth("24rem");
        tenantSelect.setReadOnly(!actor.hasRole(Roles.PLATFORM_ADMIN) && tenants.size() <= 1);
        tenantSelect.addValueChangeListener(e -> refresh());

        invite.setText(getTranslation("users.invite"));
        invite.setId("users-invite");
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        invite.setEnabled(users.isWritable());
        invite.addClickListener(e -> openInvitation());
        HorizontalLayout bar = new HorizontalLayout(tenantSelect, invite);
        bar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);

        grid.setId("users-grid");
        grid.addColumn(DirectoryUser::username).setKey("username").setHeader(getTranslation("users.username")).setAutoWidth(true);
        grid.addColumn(DirectoryUser::displayName).setHeader(getTranslation("users.name")).setAutoWidth(true);
        grid.addColumn(u -> u.email() == null ? "" : u.email()).setHeader(getTranslation("users.email")).setAutoWidth(true);
        grid.addComponentColumn(this::roleCell).setKey("role").setHeader(getTranslation("users.role")).setAutoWidth(true);
        grid.addComponentColumn(this::removeCell).setKey("remove").setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("users.empty"));
        add(bar, grid);

        tenantSelect.setValue(currentTenant.id().flatMap(id -> tenants.stream().filter(t -> t.id().equals(id)).findFirst())
                .orElse(tenants.isEmpty() ? null : tenants.get(0)));
        refresh();
    }

    private com.vaadin.flow.component.Component roleCell(DirectoryUser user) {
        Select<String> role = new Select<>();
        role.setItems(users.grantableRoles());
        role.setItemLabelGenerator(r -> getTranslation("role." + r));
        role.setAriaLabel(getTranslation("users.roleOf", user.displayName()));
        if (user.role() != null && users.grantableRoles().contains(user.role())) {
            role.setValue(user.role());
        }
        role.setReadOnly(!users.isWritable() || (user.role() != null && !users.grantableRoles().contains(user.role())));
        role.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                act(() -> users.changeRole(actor, tenant().id(), user.id(), e.getValue()),
                        getTranslation("users.roleChanged", user.displayName()));
            }
        });
        return role;
    }

    private com.vaadin.flow.component.Component removeCell(DirectoryUser user) {
        Button remove = new Button(getTranslation("users.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.setAriaLabel(getTranslation("users.removeOf", user.displayName()));
        remove.setEnabled(users.isWritable() && !user.username().equals(actor.username()));
        remove.addClickListener(e -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("users.remove"),
                    getTranslation("users.removeConfirm", user.displayName(), tenant().name()),
                    getTranslation("users.remove"), ok -> act(() -> users.removeMembership(actor, tenant().id(), user.id()),
                    getTranslation("users.removed", user.displayName())));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("users.cancel"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        return remove;
    }

    private void openInvitation() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("users.invite"));
        EmailField email = new EmailField(getTranslation("users.email"));
        email.setRequiredIndicatorVisible(true);
        email.setErrorMessage(getTranslation("users.error.email"));
        TextField first = new TextField(getTranslation("users.firstName"));
        first.setRequiredIndicatorVisible(true);
        TextField last = new TextField(getTranslation("users.lastName"));
        last.setRequiredIndicatorVisible(true);
        Select<String> role = new Select<>();
        role.setLabel(getTranslation("users.role"));
        role.setItems(users.grantableRoles());
        role.setItemLabelGenerator(r -> getTranslation("role." + r));
        role.setValue(Roles.CASE_OFFICER);
        FormLayout form = new FormLayout(email, first, last, role);
        dialog.add(form);
        Button send = new Button(getTranslation("users.inviteSend"), e -> {
            try {
                UserDirectory.Invitation invitation = users.invite(actor, tenant().id(),
                        new UserDirectory.NewMember(email.getValue(), first.getValue(), last.getValue(), role.getValue()));
                dialog.close();
                String key = !invitation.created() ? "users.invitedExisting"
                        : invitation.emailSent() ? "users.invitedMail" : "users.invitedNoMail";
                Notification.show(getTranslation(key, invitation.user().displayName()), 8000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_CONTRAST);
                refresh();
            } catch (KeycloakUserDirectory.KeycloakAdminException unavailable) {
                Notification.show(getTranslation("users.error.keycloak")).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        send.setId("users-invite-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("users.cancel"), e -> dialog.close()), send);
        dialog.open();
    }

    private void act(Runnable change, String done) {
        try {
            change.run();
            Notification.show(done).addThemeVariants(NotificationVariant.LUMO_CONTRAST);
        } catch (KeycloakUserDirectory.KeycloakAdminException unavailable) {
            Notification.show(getTranslation("users.error.keycloak")).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    private Tenant tenant() {
        return tenantSelect.getValue();
    }

    private void refresh() {
        if (tenant() == null) {
            grid.setItems(List.of());
            return;
        }
        try {
            grid.setItems(users.members(actor, tenant().id()));
        } catch (KeycloakUserDirectory.KeycloakAdminException unavailable) {
            grid.setItems(List.of());
            Notification.show(getTranslation("users.error.keycloak")).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title") + " – Samverka";
    }
}
