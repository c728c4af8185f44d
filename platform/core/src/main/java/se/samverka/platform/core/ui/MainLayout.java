package se.samverka.platform.core.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
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
import se.samverka.platform.core.tenant.HostTenant;
import se.samverka.platform.core.tenant.Tenant;
import se.samverka.platform.core.tenant.TenantAddresses;
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
 * The portal shell: a skip link, a header in the tenant's colour with the user menu (language, tenant
 * switch, sign out; a sign-in link for visitors), a side navigation built on every navigation from the
 * tenant's enabled modules and the user's roles, so enabling a module shows at once, the link to the
 * accessibility statement under it, and the page's main region ({@link SkipLink#TARGET}). The error
 * pages and the public statement are shown in it too, so nobody lands on a page without a way on.
 */
@Prototype
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final CurrentUser currentUser;
    private final CurrentTenant currentTenant;
    private final TenantDirectory tenants;
    private final ModuleEnablement enablement;
    private final SideNav nav = new SideNav();
    private final Div main = new Div();
    private final TenantAddresses addresses;

    private final Notifications notifications;
    private final CalendarFeeds calendarFeeds;
    private final MyWork work;

    MainLayout(CurrentUser currentUser, CurrentTenant currentTenant, TenantDirectory tenants, ModuleEnablement enablement,
               Notifications notifications, CalendarFeeds calendarFeeds, MyWork work, TenantAddresses addresses) {
        this.work = work;
        this.addresses = addresses;
        this.currentUser = currentUser;
        this.currentTenant = currentTenant;
        this.tenants = tenants;
        this.enablement = enablement;
        this.notifications = notifications;
        this.calendarFeeds = calendarFeeds;
        setPrimarySection(Section.DRAWER);
        nav.setLabel(getTranslation("nav.label"));
        // the header first, in the page as on the screen: its skip link is the first thing Tab reaches
        addToNavbar(header());
        addToDrawer(nav, drawerFooter());
        main.setId(SkipLink.TARGET);
        main.getElement().setAttribute("role", "main");
        main.getElement().setAttribute("tabindex", "-1");
        // the views' own full height (a list whose grid fills the page) stays what it was without the region
        main.setHeightFull();
        setContent(main);
    }

    /** The tenant the page is about: the current one, else the host's (a visitor or a non-member there). */
    private Optional<Tenant> shownTenant() {
        return currentTenant.id().or(HostTenant::current).flatMap(tenants::find);
    }

    private Component drawerFooter() {
        RouterLink statement = new RouterLink(getTranslation("a11y.link"), AccessibilityStatementView.class);
        statement.setId("accessibility-link");
        Footer footer = new Footer(statement);
        footer.getStyle().set("padding", "var(--lumo-space-m)").set("font-size", "var(--lumo-font-size-s)");
        return footer;
    }

    private Component header() {
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.toggle"));
        Optional<Tenant> tenant = shownTenant();
        Span product = new Span("Samverka");
        product.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");
        Span tenantName = new Span(tenant.map(Tenant::name).orElse(getTranslation("header.noTenant")));
        tenantName.setId("tenant-name");
        Span separator = new Span("·");
        separator.getElement().setAttribute("aria-hidden", "true");
        HorizontalLayout header = new HorizontalLayout(new SkipLink(), toggle, product, separator, tenantName);
        if (currentTenant.id().isPresent() && currentUser.get().isPresent()) {
            header.add(new se.samverka.platform.core.search.HeaderSearch());
            header.add(new NotificationBell(notifications));
        }
        header.add(currentUser.get().isPresent() ? userMenu(tenant) : signInLink());
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(tenantName);
        header.getStyle().set("padding-right", "var(--lumo-space-m)").set("color", "white")
                .set("background", tenant.map(Tenant::brandColour).orElse("#1F2937"));
        header.getElement().setAttribute("role", "banner");
        return header;
    }

    /** A visitor (the public statement, a page not found) signs in from the header. */
    private Component signInLink() {
        Anchor signIn = new Anchor("/login", getTranslation("login.submit"));
        signIn.setId("header-login");
        signIn.getElement().setAttribute("router-ignore", true);
        signIn.getStyle().set("color", "white").set("font-weight", "600").set("white-space", "nowrap");
        return signIn;
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
                    var item = switcher.addItem(t.name(), e -> switchTenant(t));
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

    /** On a tenant's host the host decides the tenant: switching goes to the other tenant's address. */
    private void switchTenant(Tenant tenant) {
        VaadinSession.getCurrent().getSession().setAttribute(PortalSessionFilter.CHOSEN_TENANT, tenant.id());
        String target = HostTenant.current().isPresent() ? addresses.startPage(tenant).orElse("/") : "/";
        UI.getCurrent().getPage().setLocation(target);
    }

    /**
     * Ends the portal's session and the sign-in's (Keycloak's too, by the logout endpoint). The logout
     * endpoint takes only a POST (a link on another site cannot sign anybody out), so the browser
     * submits a form to it, which also carries the page's Origin for the same-origin check. The servlet
     * session is not invalidated here: that would make this page reload itself instead of submitting
     * the form; the session filter ends it at the next request, since its portal session has ended.
     */
    public static void logout() {
        UI.getCurrent().getPage().executeJs("const form = document.createElement('form');"
                + "form.method = 'post'; form.action = $0; form.style.display = 'none';"
                + "document.body.appendChild(form); form.submit();", LOGOUT_PATH);
    }

    /** Micronaut's logout endpoint (micronaut.security.endpoints.logout.path). */
    public static final String LOGOUT_PATH = "/auth/logout";

    /** The view goes into the page's main region, the skip link's target. */
    @Override
    public void showRouterLayoutContent(com.vaadin.flow.component.HasElement content) {
        main.getElement().removeAllChildren();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
    }

    @Override
    public void removeRouterLayoutContent(com.vaadin.flow.component.HasElement oldContent) {
        if (oldContent != null && main.getElement().equals(oldContent.getElement().getParent())) {
            main.getElement().removeChild(oldContent.getElement());
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
        PortalUser user = currentUser.get().orElse(null);
        // a visitor, or a user on a tenant's host they are not a member of, has nowhere to go here
        boolean elsewhere = user != null && HostTenant.current().map(host -> !user.isMemberOf(host)).orElse(false);
        nav.setVisible(user != null && !elsewhere);
        if (user == null || elsewhere) {
            return;
        }
        nav.addItem(new SideNavItem(getTranslation("nav.dashboard"), DashboardView.class, VaadinIcon.DASHBOARD.create()));
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
