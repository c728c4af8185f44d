package se.samverka.platform.core.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.server.VaadinSession;
import io.micronaut.context.annotation.Prototype;
import se.samverka.platform.api.module.ModuleManifest;
import se.samverka.platform.api.module.NavigationEntry;
import se.samverka.platform.api.security.CurrentUser;
import se.samverka.platform.api.security.CurrentUser.PortalUser;
import se.samverka.platform.api.security.Roles;
import se.samverka.platform.core.partners.PartnersView;
import se.samverka.platform.api.tenant.CurrentTenant;
import se.samverka.platform.core.hosting.PortalSessionFilter;
import se.samverka.platform.core.i18n.Messages;
import se.samverka.platform.core.module.ModuleEnablement;
import se.samverka.platform.core.tenant.Tenant;
import se.samverka.platform.core.tenant.TenantDirectory;
import se.samverka.platform.core.ui.admin.AuditLogView;
import se.samverka.platform.core.ui.admin.ModuleAdminView;
import se.samverka.platform.core.ui.admin.OutboxView;
import se.samverka.platform.core.ui.notifications.CalendarFeedDialog;
import se.samverka.platform.core.ui.notifications.NotificationBell;
import se.samverka.platform.core.calendar.CalendarFeeds;
import se.samverka.platform.core.notifications.Notifications;
import se.samverka.platform.core.ui.work.MyWorkNavItem;
import se.samverka.platform.core.work.MyWork;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The portal shell: a header in the tenant's colour with the user menu (language, tenant switch,
 * sign out) and a side navigation built on every navigation from the tenant's enabled modules and
 * the user's roles, so enabling a module shows at once.
 */
@Prototype
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final CurrentUser currentUser;
    private final CurrentTenant currentTenant;
    private final TenantDirectory tenants;
    private final ModuleEnablement enablement;
    private final SideNav nav = new SideNav();

    private final Notifications notifications;
    private final CalendarFeeds calendarFeeds;
    private final MyWork work;

    MainLayout(CurrentUser currentUser, CurrentTenant currentTenant, TenantDirectory tenants, ModuleEnablement enablement,
               Notifications notifications, CalendarFeeds calendarFeeds, MyWork work) {
        this.work = work;
        this.currentUser = currentUser;
        this.currentTenant = currentTenant;
        this.tenants = tenants;
        this.enablement = enablement;
        this.notifications = notifications;
        this.calendarFeeds = calendarFeeds;
        setPrimarySection(Section.DRAWER);
        nav.setLabel(getTranslation("nav.label"));
        addToDrawer(nav);
        addToNavbar(header());
    }

    private Component header() {
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.toggle"));
        Optional<Tenant> tenant = currentTenant.id().flatMap(tenants::find);
        Span product = new Span("Samverka");
        product.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");
        Span tenantName = new Span(tenant.map(Tenant::name).orElse(getTranslation("header.noTenant")));
        tenantName.setId("tenant-name");
        Span separator = new Span("·");
        separator.getElement().setAttribute("aria-hidden", "true");
        HorizontalLayout header = new HorizontalLayout(toggle, product, separator, tenantName);
        if (tenant.isPresent() && currentUser.get().isPresent()) {
            header.add(new se.samverka.platform.core.search.HeaderSearch());
            header.add(new NotificationBell(notifications));
        }
        header.add(userMenu(tenant));
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(tenantName);
        header.getStyle().set("padding-right", "var(--lumo-space-m)").set("color", "white")
                .set("background", tenant.map(Tenant::brandColour).orElse("#1F2937"));
        header.getElement().setAttribute("role", "banner");
        return header;
    }

    private Component userMenu(Optional<Tenant> tenant) {
        MenuBar menu = new MenuBar();
        menu.setId("user-menu");
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        PortalUser user = currentUser.get().orElse(null);
        Span label = new Span(user == null ? "" : user.displayName());
        label.getStyle().set("color", "white");
        var root = menu.addItem(new HorizontalLayout(new Icon(VaadinIcon.USER), label));
        root.setAriaLabel(getTranslation("user.menu"));
        SubMenu sub = root.getSubMenu();
        SubMenu languages = sub.addItem(getTranslation("user.language")).getSubMenu();
        languages.addItem("Svenska", e -> Language.switchTo(Messages.SWEDISH)).setId("lang-sv");
        languages.addItem("English", e -> Language.switchTo(Messages.ENGLISH)).setId("lang-en");
        if (user != null && user.tenants().size() > 1) {
            SubMenu switcher = sub.addItem(getTranslation("user.switchTenant")).getSubMenu();
            for (String id : user.tenants()) {
                tenants.find(id).ifPresent(t -> {
                    var item = switcher.addItem(t.name(), e -> switchTenant(t.id()));
                    item.setCheckable(true);
                    item.setChecked(tenant.map(Tenant::id).map(id::equals).orElse(false));
                });
            }
        }
        if (user != null && !user.tenants().isEmpty()) {
            sub.addItem(getTranslation("calendar.menu"), e -> new CalendarFeedDialog(calendarFeeds, user.username()).open())
                    .setId("my-calendar");
        }
        sub.addItem(getTranslation("user.logout"), e -> logout()).setId("logout");
        return menu;
    }

    private static void switchTenant(String tenantId) {
        VaadinSession.getCurrent().getSession().setAttribute(PortalSessionFilter.CHOSEN_TENANT, tenantId);
        UI.getCurrent().getPage().setLocation("/");
    }

    private static void logout() {
        UI ui = UI.getCurrent();
        VaadinSession.getCurrent().getSession().invalidate();
        ui.getPage().setLocation("/auth/logout");
    }

    /** The view is the page's main landmark, for screen readers' "skip to main content". */
    @Override
    public void showRouterLayoutContent(com.vaadin.flow.component.HasElement content) {
        super.showRouterLayoutContent(content);
        if (content != null) {
            content.getElement().setAttribute("role", "main");
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refreshNavigation();
    }

    /** Builds the side navigation again, for a change that shows without navigating (a module switched on or off). */
    public void refreshNavigation() {
        nav.removeAll();
        Locale locale = getLocale();
        nav.addItem(new SideNavItem(getTranslation("nav.dashboard"), DashboardView.class, VaadinIcon.DASHBOARD.create()));
        PortalUser user = currentUser.get().orElse(null);
        if (user == null) {
            return;
        }
        currentTenant.id().ifPresent(tenantId -> {
            List<ModuleManifest> modules = enablement.enabledModules(tenantId);
            if (!modules.isEmpty()) {
                nav.addItem(MyWorkNavItem.create(work));
            }
            for (ModuleManifest module : modules) {
                for (NavigationEntry entry : module.navigation()) {
                    if (user.hasAnyRole(entry.roles())) {
                        nav.addItem(new SideNavItem(entry.label().in(locale), entry.path(), ModuleIcons.of(entry.icon())));
                    }
                }
            }
            // the partner register serves the modules: shown to staff once the tenant uses any
            if (!modules.isEmpty() && user.hasAnyRole(Roles.STAFF)) {
                nav.addItem(new SideNavItem(getTranslation("nav.partners"), PartnersView.class, VaadinIcon.INSTITUTION.create()));
            }
        });
        if (user.hasRole(Roles.TENANT_ADMIN) || user.hasRole(Roles.PLATFORM_ADMIN)) {
            nav.addItem(new SideNavItem(getTranslation("nav.modules"), ModuleAdminView.class, VaadinIcon.PUZZLE_PIECE.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.users"), se.samverka.platform.core.ui.admin.UsersView.class,
                    VaadinIcon.USERS.create()));
        }
        if (user.hasRole(Roles.PLATFORM_ADMIN)) {
            nav.addItem(new SideNavItem(getTranslation("nav.outbox"), OutboxView.class, VaadinIcon.ENVELOPES.create()));
        }
        if (user.hasRole(Roles.TENANT_ADMIN)) {
            nav.addItem(new SideNavItem(getTranslation("nav.audit"), AuditLogView.class, VaadinIcon.RECORDS.create()));
        }
    }
}
