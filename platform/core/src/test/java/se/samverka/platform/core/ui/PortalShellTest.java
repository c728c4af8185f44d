package se.samverka.platform.core.ui;

import se.samverka.platform.core.testing.KaribuPortal;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.samverka.platform.api.security.CurrentUser.PortalUser;
import se.samverka.platform.api.security.Roles;
import se.samverka.platform.core.TestTenants;
import se.samverka.platform.core.i18n.Messages;
import se.samverka.platform.core.module.ModuleEnablement;
import se.samverka.platform.core.ui.error.AccessDeniedView;
import se.samverka.platform.core.ui.error.NotFoundView;
import se.samverka.testkit.PortalExtension;
import se.samverka.testmodules.alpha.AlphaNotesView;
import se.samverka.testmodules.beta.BetaView;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The shell in Karibu: navigation by roles and enabled modules, access control, language. */
class PortalShellTest {

    @RegisterExtension
    static final PortalExtension portal = PortalExtension.of(TestTenants::startPortal);

    @RegisterExtension
    final KaribuSession karibu = new KaribuSession(portal);

    static PortalUser user(String name, String role, String... tenants) {
        return new PortalUser(name, name, Set.of(role), List.of(tenants), Optional.empty());
    }

    @Test
    void aCaseOfficerSeesTheEnabledModulesEntriesForTheirRoleOnly() {
        KaribuPortal.as(user("officer.tenant-a", Roles.CASE_OFFICER, "tenant-a"), "tenant-a", "");

        // the platform's partner register follows the modules' entries, for staff of a tenant that uses any module
        assertThat(navLabels()).containsExactly("Översikt", "Mitt arbete", "Anteckningar", "Partnerorganisationer");
        assertThat(_get(Span.class, spec -> spec.withId("tenant-name")).getText()).isEqualTo("Kommun A");
    }

    @Test
    void aTenantAdministratorSeesTheAdministrationEntries() {
        KaribuPortal.as(user("admin.tenant-a", Roles.TENANT_ADMIN, "tenant-a"), "tenant-a", "");

        assertThat(navLabels()).containsExactly("Översikt", "Mitt arbete", "Beta-inställningar", "Partnerorganisationer", "Moduler", "Användare",
                "Händelselogg");
    }

    @Test
    void aModuleDisabledForTheTenantDisappearsAtOnceFromNavigationAndItsViewAnswers404() {
        ModuleEnablement enablement = portal.bean(ModuleEnablement.class);
        PortalUser officer = user("officer.tenant-a", Roles.CASE_OFFICER, "tenant-a");
        KaribuPortal.as(officer, "tenant-a", "alpha");
        _get(AlphaNotesView.class);

        enablement.setEnabled("tenant-a", "alpha", false, "test");
        try {
            KaribuPortal.as(officer, "tenant-a", "alpha");
            _get(NotFoundView.class);
            KaribuPortal.as(officer, "tenant-a", "");
            // beta stays enabled for tenant-a (administrators only), so the register stays too
            assertThat(navLabels()).containsExactly("Översikt", "Mitt arbete", "Partnerorganisationer");
        } finally {
            enablement.setEnabled("tenant-a", "alpha", true, "test");
        }
        KaribuPortal.as(officer, "tenant-a", "alpha");
        _get(AlphaNotesView.class);
    }

    @Test
    void aModuleNotEnabledForTheTenantAnswers404() {
        KaribuPortal.as(user("admin.tenant-b", Roles.TENANT_ADMIN, "tenant-b"), "tenant-b", "beta");

        _get(NotFoundView.class);
    }

    @Test
    void aViewOutsideTheUsersRolesIsDenied() {
        KaribuPortal.as(user("reader.tenant-a", Roles.READER, "tenant-a"), "tenant-a", "admin/modules");
        _get(AccessDeniedView.class);

        KaribuPortal.as(user("officer.tenant-a", Roles.CASE_OFFICER, "tenant-a"), "tenant-a", "beta");
        _get(AccessDeniedView.class);
        assertThat(_find(BetaView.class)).isEmpty();
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() {
        KaribuPortal.as(null, null, "admin/modules");

        _get(LoginView.class);
    }

    @Test
    void afterAThrottledSignInTheLoginPageSaysHowManySecondsToWait() {
        KaribuPortal.as(null, null, "login?error=throttled&wait=8");

        com.vaadin.flow.component.login.LoginForm form = _get(com.vaadin.flow.component.login.LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(String.valueOf(form.getElement().getPropertyRaw("i18n"))).contains("om 8 sekunder");
    }

    @Test
    void theNotFoundPageIsTranslated() {
        KaribuPortal.as(user("admin.tenant-b", Roles.TENANT_ADMIN, "tenant-b"), "tenant-b", "beta");
        assertThat(_get(H1.class, spec -> spec.withText("Sidan hittades inte"))).isNotNull();

        KaribuPortal.locale(Messages.ENGLISH);
        KaribuPortal.as(user("admin.tenant-b", Roles.TENANT_ADMIN, "tenant-b"), "tenant-b", "");
        KaribuPortal.as(user("admin.tenant-b", Roles.TENANT_ADMIN, "tenant-b"), "tenant-b", "beta");
        assertThat(_get(H1.class, spec -> spec.withText("Page not found"))).isNotNull();
    }

    @Test
    void theDashboardShowsTheWidgetsOfEnabledModules() {
        KaribuPortal.as(user("officer.tenant-a", Roles.CASE_OFFICER, "tenant-a"), "tenant-a", "");

        assertThat(_get(Span.class, spec -> spec.withId("alpha-count-value")).getText()).matches("\\d+");
    }

    @Test
    void theDashboardHasAHelpfulEmptyState() {
        KaribuPortal.as(user("admin.tenant-c", Roles.TENANT_ADMIN, "tenant-c"), "tenant-c", "");

        assertThat(_get(DashboardView.class).getElement().getOuterHTML()).contains("Aktivera moduler för organisationen");
        assertThat(_find(Span.class, spec -> spec.withId("alpha-count-value"))).isEmpty();
    }

    @Test
    void aUserWithoutMembershipsIsToldSo() {
        KaribuPortal.as(user("platform", Roles.PLATFORM_ADMIN), null, "");

        assertThat(_get(DashboardView.class).getElement().getOuterHTML()).contains("inte medlem i någon organisation");
    }

    @Test
    void theShellSpeaksEnglishWhenChosen() {
        KaribuPortal.locale(Messages.ENGLISH);
        KaribuPortal.as(user("officer.tenant-a", Roles.CASE_OFFICER, "tenant-a"), "tenant-a", "");

        assertThat(navLabels()).containsExactly("Dashboard", "My work", "Notes", "Partner organisations");
        assertThat(_get(H1.class, spec -> spec.withText("Dashboard"))).isNotNull();
    }

    @Test
    void aUserWithSeveralMembershipsCanSwitchTenant() {
        KaribuPortal.as(user("officer.multi", Roles.CASE_OFFICER, "tenant-a", "tenant-b"), "tenant-b", "");

        assertThat(_get(Span.class, spec -> spec.withId("tenant-name")).getText()).isEqualTo("Region B");
        var switchItem = _get(com.vaadin.flow.component.menubar.MenuBar.class, spec -> spec.withId("user-menu")).getItems().get(0)
                .getSubMenu().getItems().stream().filter(i -> i.getText().equals("Byt organisation")).findFirst().orElseThrow();
        assertThat(switchItem.getSubMenu().getItems()).extracting(i -> i.getText() + (i.isChecked() ? " (vald)" : ""))
                .containsExactly("Kommun A", "Region B (vald)");
    }

    private static List<String> navLabels() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }
}
