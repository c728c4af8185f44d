package se.samverka.platform.core.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.samverka.platform.api.security.CurrentUser.PortalUser;
import se.samverka.platform.api.security.Roles;
import se.samverka.platform.core.TestTenants;
import se.samverka.platform.core.i18n.Messages;
import se.samverka.platform.core.testing.KaribuPortal;
import se.samverka.platform.core.ui.error.AccessDeniedView;
import se.samverka.platform.core.ui.error.NotFoundView;
import se.samverka.platform.core.ui.error.NotMemberView;
import se.samverka.testkit.PortalExtension;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nobody lands on a page without a way on (issue 13, bug 7): the error pages and "not a member" in the
 * shell, the login page naming the host's tenant, and the skip link on every page (bug 10).
 */
class ShellWayOnTest {

    @RegisterExtension
    static final PortalExtension portal = PortalExtension.of(TestTenants::startPortal);

    @RegisterExtension
    final KaribuSession karibu = new KaribuSession(portal);

    static PortalUser user(String name, String role, String... tenants) {
        return new PortalUser(name, "Olle Orust", Set.of(role), List.of(tenants), Optional.empty());
    }

    @Test
    void aPageNotFoundIsShownInTheShellWithTheUsersNameAndLogout() {
        // a module's view while the module is not enabled for the tenant: 404, as for any page that is not there
        KaribuPortal.as(user("admin.tenant-b", Roles.TENANT_ADMIN, "tenant-b"), "tenant-b", "beta");

        NotFoundView notFound = _get(NotFoundView.class);
        assertThat(notFound.getParent().flatMap(p -> p.getId())).hasValue("main-content");
        assertThat(_get(MainLayout.class)).isNotNull();
        assertThat(_get(Span.class, spec -> spec.withId("tenant-name")).getText()).isEqualTo("Region B");
        assertThat(userMenuTexts()).contains("Olle Orust", "Logga ut");
        assertThat(_get(SideNav.class).isVisible()).isTrue();
    }

    @Test
    void accessDeniedIsShownInTheShell() {
        KaribuPortal.as(user("reader.tenant-a", Roles.READER, "tenant-a"), "tenant-a", "admin/modules");

        assertThat(_get(AccessDeniedView.class).getParent().flatMap(p -> p.getId())).hasValue("main-content");
        assertThat(userMenuTexts()).contains("Logga ut");
    }

    @Test
    void aVisitorOnAPublicPageSignsInFromTheShell() {
        // (a visitor's unknown address goes to the login page: Vaadin does not tell visitors which pages exist)
        KaribuPortal.as(null, null, AccessibilityStatementView.ROUTE);

        assertThat(_get(AccessibilityStatementView.class).getParent().flatMap(p -> p.getId())).hasValue("main-content");
        assertThat(_get(Anchor.class, spec -> spec.withId("header-login")).getHref()).isEqualTo("/login");
        assertThat(_find(MenuBar.class, spec -> spec.withId("user-menu"))).isEmpty();
    }

    @Test
    void onAnotherTenantsHostEveryPageSaysNotAMemberAndLinksToTheUsersOwnTenantsByName() {
        KaribuPortal.onHostOf("tenant-b");
        // the session filter gives a user no current tenant on a host whose tenant they are not a member of
        KaribuPortal.as(user("officer.tenant-a", Roles.TENANT_ADMIN, "tenant-a", "tenant-c"), null, "");

        NotMemberView page = _get(NotMemberView.class);
        assertThat(page.getParent().flatMap(p -> p.getId())).hasValue("main-content");
        assertThat(_get(H1.class, spec -> spec.withText("Du är inte medlem i Region B"))).isNotNull();
        assertThat(page.getElement().getOuterHTML()).contains("Du är inloggad som Olle Orust").doesNotContain("officer.tenant-a");
        Anchor own = _get(Anchor.class, spec -> spec.withId("tenant-link-tenant-a"));
        assertThat(own.getText()).isEqualTo("Kommun A");
        assertThat(own.getHref()).matches("http://a\\.test\\.localhost(:\\d+)?/");
        assertThat(_get(Anchor.class, spec -> spec.withId("tenant-link-tenant-c")).getText()).isEqualTo("Kommun C");
        assertThat(_get(Button.class, spec -> spec.withId("not-member-logout"))).isNotNull();
        assertThat(userMenuTexts()).contains("Olle Orust", "Logga ut");
        // nothing of the tenant: no navigation into it, no bell
        assertThat(_find(SideNav.class)).as("no visible navigation").isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("notification-button"))).isEmpty();

        KaribuPortal.as(user("officer.tenant-a", Roles.TENANT_ADMIN, "tenant-a", "tenant-c"), null, "admin/modules");
        _get(NotMemberView.class);

        // the public statement stays reachable
        KaribuPortal.as(user("officer.tenant-a", Roles.TENANT_ADMIN, "tenant-a", "tenant-c"), null, AccessibilityStatementView.ROUTE);
        _get(AccessibilityStatementView.class);
    }

    @Test
    void theNotAMemberPageSpeaksEnglish() {
        KaribuPortal.locale(Messages.ENGLISH);
        KaribuPortal.onHostOf("tenant-b");
        KaribuPortal.as(user("officer.tenant-a", Roles.CASE_OFFICER, "tenant-a"), null, "");

        assertThat(_get(H1.class, spec -> spec.withText("You are not a member of Region B"))).isNotNull();
        assertThat(_get(Button.class, spec -> spec.withId("not-member-logout")).getText())
                .isEqualTo("Sign out and sign in with another account");
    }

    @Test
    void aMemberOnTheirTenantsHostWorksAsBefore() {
        KaribuPortal.onHostOf("tenant-a");
        KaribuPortal.as(user("officer.tenant-a", Roles.CASE_OFFICER, "tenant-a"), "tenant-a", "");

        _get(DashboardView.class);
        assertThat(_find(NotMemberView.class)).isEmpty();
    }

    @Test
    void theLoginPageOnATenantsHostNamesTheTenant() {
        KaribuPortal.onHostOf("tenant-b");
        // a page of its own, as every page load is: the login view the session started on was made for no host
        KaribuPortal.as(null, null, AccessibilityStatementView.ROUTE);
        KaribuPortal.as(null, null, "login");

        assertThat(_get(H1.class, spec -> spec.withId("login-title")).getText()).isEqualTo("Region B");
        assertThat(_get(LoginView.class).getElement().getOuterHTML()).contains("Logga in för att arbeta i Region B.");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Logga in – Region B – Samverka");
    }

    @Test
    void theLoginPageOnAPlatformHostIsSamverkas() {
        KaribuPortal.as(null, null, "login");

        assertThat(_get(H1.class, spec -> spec.withId("login-title")).getText()).isEqualTo("Samverka");
    }

    @Test
    void everyPageStartsWithASkipLinkToItsMainRegion() {
        KaribuPortal.as(user("officer.tenant-a", Roles.CASE_OFFICER, "tenant-a"), "tenant-a", "");
        assertSkipLinkFirst(_get(MainLayout.class).getElement());

        Div main = _get(Div.class, spec -> spec.withId(SkipLink.TARGET));
        assertThat(main.getElement().getAttribute("tabindex")).isEqualTo("-1");
        assertThat(main.getElement().getAttribute("role")).isEqualTo("main");
        assertThat(main.getChildren()).containsExactly(_get(DashboardView.class));

        KaribuPortal.as(null, null, "login");
        assertSkipLinkFirst(_get(LoginView.class).getElement());
        assertThat(_get(LoginView.class).getElement().getOuterHTML()).contains("id=\"main-content\"");

        KaribuPortal.locale(Messages.ENGLISH);
        KaribuPortal.as(null, null, AccessibilityStatementView.ROUTE);
        assertThat(_get(SkipLink.class).getText()).isEqualTo("Skip to main content");
    }

    @Test
    void theAccessibilityStatementIsLinkedFromTheShellAndTheLoginPage() {
        KaribuPortal.as(user("officer.tenant-a", Roles.CASE_OFFICER, "tenant-a"), "tenant-a", "");
        assertThat(_get(RouterLink.class, spec -> spec.withId("accessibility-link")).getHref()).isEqualTo("tillganglighet");

        KaribuPortal.as(null, null, "login");
        assertThat(_get(RouterLink.class, spec -> spec.withId("login-accessibility-link")).getHref()).isEqualTo("tillganglighet");
    }

    @Test
    void theBellsCountIsReadableAndItsButtonSaysTheCount() {
        String name = "officer-" + java.util.UUID.randomUUID();
        se.samverka.platform.core.tenant.TenantContext.callAs("tenant-a", () -> portal.bean(se.samverka.platform.api.notifications.Notifier.class)
                .notify(new se.samverka.platform.api.notifications.Notice("test:" + java.util.UUID.randomUUID(), name,
                        new se.samverka.platform.api.module.LocalizedText("Ämne", "Subject"),
                        new se.samverka.platform.api.module.LocalizedText("Text", "Text"), "alpha")));
        KaribuPortal.as(user(name, Roles.CASE_OFFICER, "tenant-a"), "tenant-a", "");

        Span count = _get(Span.class, spec -> spec.withId("notification-count"));
        // Lumo's 10 % error tint over the header's colour read at about 1.5:1; white on the error text colour is 5.8:1
        assertThat(count.getElement().getThemeList()).doesNotContain("error");
        assertThat(count.getStyle().get("background-color")).isEqualTo("var(--lumo-error-text-color)");
        assertThat(count.getStyle().get("color")).isEqualTo("var(--lumo-error-contrast-color)");
        assertThat(_get(Button.class, spec -> spec.withId("notification-button")).getAriaLabel()).hasValue("Aviseringar, 1 oläst");
    }

    /** The first element in document order that takes focus: the skip link (the menus and fields come later). */
    private static void assertSkipLinkFirst(com.vaadin.flow.dom.Element root) {
        com.vaadin.flow.dom.Element first = firstFocusable(root);
        assertThat(first).as("the first focusable element").isNotNull();
        assertThat(first.getAttribute("id")).isEqualTo("skip-link");
        assertThat(first.getAttribute("href")).isEqualTo("#main-content");
    }

    private static com.vaadin.flow.dom.Element firstFocusable(com.vaadin.flow.dom.Element element) {
        String tag = element.getTag();
        if (tag.equals("a") || tag.equals("button") || tag.equals("input") || tag.startsWith("vaadin-button")
                || tag.equals("vaadin-drawer-toggle") || tag.equals("vaadin-menu-bar") || tag.startsWith("vaadin-text-field")
                || tag.equals("vaadin-login-form") || tag.equals("vaadin-side-nav-item")) {
            return element;
        }
        for (com.vaadin.flow.dom.Element child : element.getChildren().toList()) {
            com.vaadin.flow.dom.Element found = firstFocusable(child);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static List<String> userMenuTexts() {
        MenuBar menu = _get(MenuBar.class, spec -> spec.withId("user-menu"));
        var root = menu.getItems().get(0);
        List<String> texts = new java.util.ArrayList<>();
        texts.add(root.getElement().getTextRecursively());
        root.getSubMenu().getItems().forEach(i -> texts.add(i.getText()));
        return texts;
    }
}
