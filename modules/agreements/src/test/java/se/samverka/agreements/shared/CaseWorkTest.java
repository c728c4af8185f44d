package se.samverka.agreements.shared;

import org.junit.jupiter.api.Test;
import se.samverka.platform.api.security.CurrentUser;
import se.samverka.platform.api.security.CurrentUser.PortalUser;
import se.samverka.platform.api.security.Roles;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaseWorkTest {

    static PortalUser user(String role, String organisation) {
        return new PortalUser(role + ".orust", role, Set.of(role), List.of("orust"), Optional.ofNullable(organisation));
    }

    static CaseWork signedIn(PortalUser user) {
        CurrentUser current = () -> Optional.ofNullable(user);
        return new CaseWork(current);
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
                    .isInstanceOfSatisfying(NotPermitted.class, r -> assertThat(r.messageKey()).isEqualTo("agreements.refused.role"));
        }
    }

    @Test
    void withoutAUserOnlyDeclaredSystemWorkChanges() {
        CaseWork nobody = signedIn(null);

        assertThatThrownBy(nobody::requireChanger)
                .isInstanceOfSatisfying(NotPermitted.class, r -> assertThat(r.messageKey()).isEqualTo("agreements.refused.not-signed-in"));
        assertThat(SystemWork.call("demo-data", nobody::requireChanger)).isEqualTo("system:demo-data");
        assertThat(SystemWork.call("demo-data", nobody::isSystemWork)).isTrue();
        assertThat(nobody.isSystemWork()).isFalse();
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
