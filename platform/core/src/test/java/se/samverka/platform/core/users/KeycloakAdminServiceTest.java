package se.samverka.platform.core.users;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KeycloakAdminServiceTest {

    @Test
    void theAdminApiOfARealmIsBesideItsIssuer() {
        assertThat(KeycloakAdminService.adminApiOf("https://login.example.se/realms/samverka"))
                .isEqualTo("https://login.example.se/admin/realms/samverka");
        assertThat(KeycloakAdminService.adminApiOf("http://127.0.0.1:8180/realms/samverka/"))
                .isEqualTo("http://127.0.0.1:8180/admin/realms/samverka");
        // Keycloak behind a path prefix (the old /auth, or a reverse proxy's)
        assertThat(KeycloakAdminService.adminApiOf("https://sso.example.se/auth/realms/kommun"))
                .isEqualTo("https://sso.example.se/auth/admin/realms/kommun");
    }

    @Test
    void anIssuerThatIsNotARealmsIsKeptSoItsCallsFailAndReadinessSaysWhy() {
        assertThat(KeycloakAdminService.adminApiOf("https://login.example.se/")).isEqualTo("https://login.example.se");
    }
}
