package se.samverka.platform.core.keycloak;

import io.micronaut.data.model.Pageable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samverka.platform.api.refusal.RecordNotFound;
import se.samverka.platform.api.refusal.Refusal;
import se.samverka.platform.api.security.CurrentUser.PortalUser;
import se.samverka.platform.api.security.Roles;
import se.samverka.platform.core.audit.AuditEntry;
import se.samverka.platform.core.audit.AuditService;
import se.samverka.platform.core.tenant.TenantContext;
import se.samverka.platform.core.users.DirectoryUser;
import se.samverka.platform.core.users.TenantUsers;
import se.samverka.platform.core.users.UserDirectory;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** User administration written to the real Keycloak through the portal-admin service account. */
class KeycloakUserAdministrationTest {

    static TenantUsers users;
    static final PortalUser ORUST_ADMIN = new PortalUser("admin.orust", "Admin Orust", Set.of(Roles.TENANT_ADMIN),
            List.of("orust"), Optional.empty());
    static final PortalUser PLATFORM = new PortalUser("platform", "Platform", Set.of(Roles.PLATFORM_ADMIN),
            List.of(), Optional.empty());

    @BeforeAll
    static void start() {
        users = KeycloakPortal.shared().portal.bean(TenantUsers.class);
    }

    @Test
    void aTenantAdministratorSeesTheTenantsMembersWithTheirRoles() {
        List<DirectoryUser> members = users.members(ORUST_ADMIN, "orust");

        assertThat(members).extracting(u -> u.username() + "=" + u.role())
                .contains("admin.orust=tenant-admin", "officer.orust=case-officer", "reader.orust=reader")
                .noneMatch(s -> s.startsWith("officer.almhult"));
    }

    @Test
    void inviteChangeRoleAndRemoveAreWrittenToKeycloakAndAudited() {
        UserDirectory.Invitation invitation = users.invite(ORUST_ADMIN, "orust",
                new UserDirectory.NewMember("Anna.Lind@example.org", "Anna", "Lind", Roles.READER));
        String id = invitation.user().id();

        assertThat(invitation.created()).isTrue();
        assertThat(member(id)).hasValueSatisfying(u -> {
            assertThat(u.username()).isEqualTo("anna.lind@example.org");
            assertThat(u.role()).isEqualTo(Roles.READER);
        });

        users.changeRole(ORUST_ADMIN, "orust", id, Roles.CASE_OFFICER);
        assertThat(member(id).map(DirectoryUser::role)).hasValue(Roles.CASE_OFFICER);

        users.removeMembership(ORUST_ADMIN, "orust", id);
        assertThat(member(id)).isEmpty();

        assertThat(audit("orust")).extracting(AuditEntry::action).contains("user.invite", "user.role", "user.remove");
        assertThat(audit("orust")).filteredOn(e -> e.action().equals("user.role")).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo("system");
            assertThat(e.recordId()).isEqualTo(id);
            assertThat(e.changes()).contains("[\"reader\",\"case-officer\"]");
        });
    }

    @Test
    void invitingSomeoneWhoExistsAddsTheMembership() {
        DirectoryUser officer = users.members(PLATFORM, "almhult").stream()
                .filter(u -> u.username().equals("officer.almhult")).findFirst().orElseThrow();

        UserDirectory.Invitation invitation = users.invite(PLATFORM, "region-stockholm",
                new UserDirectory.NewMember(officer.email(), "Olle", "Almhult", Roles.CASE_OFFICER));

        assertThat(invitation.created()).isFalse();
        assertThat(users.members(PLATFORM, "region-stockholm")).extracting(DirectoryUser::username).contains("officer.almhult");
        assertThat(users.members(PLATFORM, "almhult")).extracting(DirectoryUser::username).contains("officer.almhult");
        users.removeMembership(PLATFORM, "region-stockholm", officer.id());
    }

    @Test
    void anotherTenantsUsersAreNotFound() {
        assertThatThrownBy(() -> users.members(ORUST_ADMIN, "almhult")).isInstanceOf(RecordNotFound.class);
        String almhultOfficer = users.members(PLATFORM, "almhult").stream()
                .filter(u -> u.username().equals("officer.almhult")).findFirst().orElseThrow().id();
        assertThatThrownBy(() -> users.removeMembership(ORUST_ADMIN, "orust", almhultOfficer))
                .isInstanceOf(RecordNotFound.class);
    }

    @Test
    void badInvitationsAreRefusedWithAReason() {
        assertThatThrownBy(() -> users.invite(ORUST_ADMIN, "orust", new UserDirectory.NewMember("not-an-email", "A", "B", Roles.READER)))
                .isInstanceOfSatisfying(Refusal.class, r -> {
                    assertThat(r.messageKey()).isEqualTo("users.error.email");
                    assertThat(r.field()).contains("email");
                });
        assertThatThrownBy(() -> users.invite(ORUST_ADMIN, "orust", new UserDirectory.NewMember("a@example.org", "A", "B", Roles.PLATFORM_ADMIN)))
                .isInstanceOfSatisfying(Refusal.class, r -> {
                    assertThat(r.messageKey()).isEqualTo("users.error.role");
                    assertThat(r.field()).contains("role");
                });
        assertThatThrownBy(() -> users.removeMembership(ORUST_ADMIN, "orust",
                users.members(ORUST_ADMIN, "orust").stream().filter(u -> u.username().equals("admin.orust")).findFirst().orElseThrow().id()))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.messageKey()).isEqualTo("users.error.self"));
    }

    private static Optional<DirectoryUser> member(String id) {
        return users.members(ORUST_ADMIN, "orust").stream().filter(u -> u.id().equals(id)).findFirst();
    }

    private static List<AuditEntry> audit(String tenant) {
        return TenantContext.callAs(tenant, () -> KeycloakPortal.shared().portal.bean(AuditService.class)
                .search(AuditService.AuditFilter.NONE, Pageable.from(0, 100)).getContent());
    }
}
