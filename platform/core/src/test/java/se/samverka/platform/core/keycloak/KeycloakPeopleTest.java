package se.samverka.platform.core.keycloak;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samverka.platform.api.security.Roles;
import se.samverka.platform.core.users.DirectoryUser;
import se.samverka.platform.core.users.UserDirectory;
import se.samverka.testkit.KeycloakServer;

import static org.assertj.core.api.Assertions.assertThat;

/** Whom notifications reach and who a calendar feed's owner is, from the real Keycloak. */
class KeycloakPeopleTest {

    static UserDirectory directory;

    @BeforeAll
    static void start() {
        directory = KeycloakPortal.shared().portal.bean(UserDirectory.class);
    }

    @Test
    void aUserIsFoundByUsernameWithTheirAddress() {
        assertThat(directory.findByUsername("officer.orust")).hasValueSatisfying(u -> {
            assertThat(u.email()).isNotBlank();
            assertThat(u.role()).isEqualTo(Roles.CASE_OFFICER);
        });
        assertThat(directory.findByUsername("nobody-at-all")).isEmpty();
    }

    @Test
    void anOrganisationsPartnerUsersInATenantAreItsMembersThere() {
        assertThat(directory.organisationMembers("orust", "junis")).extracting(DirectoryUser::username, DirectoryUser::email)
                .contains(org.assertj.core.api.Assertions.tuple("partner.junis", "partner.junis@junis.example.org"));
        assertThat(directory.organisationMembers("almhult", "junis")).isEmpty();
    }

    @Test
    void theIdentityOfAPartnerUserCarriesTheirOrganisationTenantsAndRole() {
        assertThat(directory.identity("partner.junis")).hasValueSatisfying(u -> {
            assertThat(u.organisation()).hasValue("junis");
            assertThat(u.tenants()).contains("orust");
            assertThat(u.roles()).containsExactly(Roles.PARTNER);
        });
    }

    @Test
    void manyOrganisationsAreLookedUpAtOnceEachAliasAKey() {
        assertThat(directory.organisationMembers("orust", java.util.List.of("junis", "no-such-organisation")))
                .containsOnlyKeys("junis", "no-such-organisation")
                .satisfies(m -> {
                    assertThat(m.get("junis")).extracting(DirectoryUser::username).contains("partner.junis");
                    assertThat(m.get("no-such-organisation")).isEmpty();
                });
    }

    @Test
    void aDisabledAccountHasNoIdentitySoItsCalendarFeedOpensNothing() throws Exception {
        DirectoryUser user = directory.invite("orust", new UserDirectory.NewMember("disabled.reader@example.org", "Ada",
                "Avstängd", Roles.READER)).user();
        assertThat(directory.identity(user.username())).isPresent();
        assertThat(directory.emailsOf("orust", java.util.List.of(user.username()))).containsKey(user.username());

        KeycloakServer keycloak = KeycloakPortal.shared().keycloak;
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(keycloak.adminApi() + "/users/" + user.id()))
                        .header("Authorization", "Bearer " + keycloak.bootstrapAdminToken())
                        .header("Content-Type", "application/json")
                        .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"enabled\":false}")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);

        assertThat(directory.identity(user.username())).isEmpty();
        assertThat(directory.findByUsername(user.username())).as("no address for reminder mail either").isEmpty();
        assertThat(directory.emailsOf("orust", java.util.List.of(user.username()))).isEmpty();
    }

    @Test
    void theAddressesOfATenantsRecipientsComeAtOnceAndOthersOneByOne() {
        assertThat(directory.emailsOf("orust", java.util.List.of("officer.orust", "partner.junis", "officer.almhult", "nobody-at-all")))
                .containsEntry("partner.junis", "partner.junis@junis.example.org")
                .containsKeys("officer.orust", "officer.almhult")
                .doesNotContainKey("nobody-at-all");
    }
}
