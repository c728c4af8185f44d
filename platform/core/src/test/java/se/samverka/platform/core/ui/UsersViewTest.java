package se.samverka.platform.core.ui;

import se.samverka.platform.core.testing.AccessibleNames;
import se.samverka.platform.core.testing.KaribuPortal;

import com.github.mvysny.kaributesting.v10.GridKt;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.samverka.platform.api.security.Roles;
import se.samverka.platform.core.TestTenants;
import se.samverka.platform.core.ui.error.AccessDeniedView;
import se.samverka.platform.core.users.DirectoryUser;
import se.samverka.testkit.PortalExtension;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.platform.core.ui.PortalShellTest.user;

/** The users view in the embedded default: the demo users, read-only (Keycloak's side is tested against Keycloak). */
class UsersViewTest {

    @RegisterExtension
    static final PortalExtension portal = PortalExtension.of(TestTenants::startPortal);

    @RegisterExtension
    final KaribuSession karibu = new KaribuSession(portal);

    @Test
    void aTenantAdministratorSeesTheTenantsUsersAndThatTheyAreFixedHere() {
        KaribuPortal.as(user("admin.tenant-a", Roles.TENANT_ADMIN, "tenant-a"), "tenant-a", "admin/users");

        @SuppressWarnings("unchecked")
        Grid<DirectoryUser> grid = _get(Grid.class, spec -> spec.withId("users-grid"));
        // the platform's three demo users of the tenant and the test module's partner user
        assertThat(_size(grid)).isEqualTo(4);
        assertThat(_get(grid, 0).username()).isEqualTo("admin.tenant-a");
        assertThat(_get(grid, 3).username()).isEqualTo("partner.alpha");
        assertThat(_get(Paragraph.class, spec -> spec.withId("users-read-only")).getText()).contains("demoanvändare");
        assertThat(_get(Button.class, spec -> spec.withId("users-invite")).isEnabled()).isFalse();
    }

    @Test
    void theRemoveButtonsNameStartsWithWhatItShows() {
        KaribuPortal.as(user("admin.tenant-a", Roles.TENANT_ADMIN, "tenant-a"), "tenant-a", "admin/users");

        @SuppressWarnings("unchecked")
        Grid<DirectoryUser> grid = _get(Grid.class, spec -> spec.withId("users-grid"));
        Button remove = (Button) GridKt._getCellComponent(grid, 3, "remove");
        AccessibleNames.startWithTheVisibleText(remove);
        assertThat(remove.getElement().getAttribute("aria-label"))
                .isEqualTo("Ta bort ur organisationen: " + _get(grid, 3).displayName());
    }

    @Test
    void aCaseOfficerMayNotOpenIt() {
        KaribuPortal.as(user("officer.tenant-a", Roles.CASE_OFFICER, "tenant-a"), "tenant-a", "admin/users");

        _get(AccessDeniedView.class);
    }
}
