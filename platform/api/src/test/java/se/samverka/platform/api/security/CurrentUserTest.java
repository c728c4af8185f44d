package se.samverka.platform.api.security;

import org.junit.jupiter.api.Test;
import se.samverka.platform.api.refusal.NotPermitted;
import se.samverka.platform.api.security.CurrentUser.PortalUser;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Role sets, sight and the portal's own work, as every module asks them of the current user. */
class CurrentUserTest {

    static PortalUser user(String role, String organisation) {
        return new PortalUser(role + ".orust", role, Set.of(role), List.of("orust"), Optional.ofNullable(organisation));
    }

    static CurrentUser signedIn(PortalUser user) {
        return () -> Optional.ofNullable(user);
    }

    @Test
    void caseOfficersAndTenantAdministratorsChange() {
        assertThat(signedIn(user(Roles.CASE_OFFICER, null)).requireChanger()).isEqualTo("case-officer.orust");
        assertThat(signedIn(user(Roles.TENANT_ADMIN, null)).requireChanger()).isEqualTo("tenant-admin.orust");
    }

    @Test
    void readersPartnersAndPlatformAdministratorsNever() {
        for (PortalUser user : List.of(user(Roles.READER, null), user(Roles.PARTNER, "junis"), user(Roles.PLATFORM_ADMIN, null))) {
            assertThatThrownBy(() -> signedIn(user).requireChanger())
                    .isInstanceOfSatisfying(NotPermitted.class, r -> assertThat(r.messageKey()).isEqualTo(NotPermitted.KEY));
        }
    }

    @Test
    void withoutAUserOnlyDeclaredSystemWorkChanges() {
        CurrentUser nobody = signedIn(null);

        assertThatThrownBy(nobody::requireChanger)
                .isInstanceOfSatisfying(NotPermitted.class, r -> assertThat(r.messageKey()).isEqualTo(NotPermitted.KEY_NOT_SIGNED_IN));
        assertThat(SystemWork.call("demo-data", nobody::requireChanger)).isEqualTo("system:demo-data");
        assertThat(SystemWork.call("demo-data", nobody::isSystemWork)).isTrue();
        assertThat(nobody.isSystemWork()).isFalse();
        assertThatThrownBy(nobody::actor).isInstanceOf(NotPermitted.class);
        assertThat(SystemWork.call("reminders", nobody::actor)).isEqualTo("system:reminders");
    }

    @Test
    void onlyChangersAndSystemWorkAreChangers() {
        assertThat(signedIn(user(Roles.CASE_OFFICER, null)).isChanger()).isTrue();
        assertThat(signedIn(user(Roles.READER, null)).isChanger()).isFalse();
        assertThat(signedIn(user(Roles.PARTNER, "junis")).isChanger()).isFalse();
        assertThat(signedIn(null).isChanger()).isFalse();
        assertThat(SystemWork.call("demo-data", () -> signedIn(null).isChanger())).isTrue();
    }

    @Test
    void staffSeeTheWholeTenantPartnersTheirOrganisationOthersNothing() {
        assertThat(signedIn(user(Roles.READER, null)).sight()).isInstanceOf(Sight.WholeTenant.class);
        assertThat(signedIn(user(Roles.CASE_OFFICER, null)).sight()).isInstanceOf(Sight.WholeTenant.class);
        assertThat(signedIn(user(Roles.TENANT_ADMIN, null)).sight()).isInstanceOf(Sight.WholeTenant.class);
        assertThat(signedIn(user(Roles.PARTNER, "junis")).sight()).isEqualTo(new Sight.Organisation("junis"));
        assertThat(signedIn(user(Roles.PARTNER, null)).sight()).as("a partner without organisation").isInstanceOf(Sight.Nothing.class);
        assertThat(signedIn(user(Roles.PLATFORM_ADMIN, null)).sight()).isInstanceOf(Sight.Nothing.class);
        assertThat(signedIn(null).sight()).isInstanceOf(Sight.Nothing.class);
        assertThat(SystemWork.call("job", () -> signedIn(null).sight())).isInstanceOf(Sight.WholeTenant.class);
    }

    @Test
    void systemWorkEndsWithItsScope() {
        SystemWork.run("outer", () -> assertThat(SystemWork.current()).contains("system:outer"));
        assertThat(SystemWork.current()).isEmpty();
    }
}
