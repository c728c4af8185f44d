package se.samverka.platform.core.users;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The part of Keycloak's admin REST API the portal uses, for its realm ({@code /admin/realms/<realm>},
 * derived from {@code OIDC_ISSUER} by {@link KeycloakAdminService}). Every request carries a token of
 * the {@code portal-admin} service account, obtained and renewed by Micronaut Security's client
 * credentials filter (the {@code keycloak-admin} OAuth client in application.yml). A 404 answers
 * empty; any other error status throws {@code HttpClientResponseException}.
 */
@Client(id = KeycloakAdminApi.SERVICE)
@Requires(property = "samverka.oidc.enabled", value = "true")
interface KeycloakAdminApi {

    String SERVICE = "keycloak-admin";
    /** More than the members of any tenant or organisation; Keycloak pages by {@code first}/{@code max}. */
    int MAX = 1000;

    /** Users with an attribute value ({@code q=tenants:orust}), attributes included. */
    @Get("/users?briefRepresentation=false&max=" + MAX + "{&q}")
    List<User> usersWith(String q);

    @Get("/users?exact=true&briefRepresentation=false{&username}")
    List<User> usersNamed(String username);

    @Get("/users?exact=true&briefRepresentation=false{&email}")
    List<User> usersWithEmail(String email);

    @Get("/users/{id}")
    Optional<User> user(String id);

    /** The user exactly as Keycloak keeps it, to write it back with one attribute changed. */
    @Get("/users/{id}")
    Optional<Map<String, Object>> userAsStored(String id);

    @Put("/users/{id}")
    HttpResponse<Void> replaceUser(String id, @Body Map<String, Object> user);

    /** Answers 201 with the new user's address in {@code Location}. */
    @Post("/users")
    HttpResponse<Void> createUser(@Body NewUser user);

    @Put("/users/{id}/execute-actions-email?lifespan={lifespanSeconds}")
    HttpResponse<Void> sendActionsEmail(String id, long lifespanSeconds, @Body List<String> actions);

    @Get("/users/{id}/role-mappings/realm")
    List<Role> realmRoles(String id);

    /** The realm roles the user may be given (reading the realm's roles needs view-realm, which the account lacks). */
    @Get("/users/{id}/role-mappings/realm/available")
    List<Role> availableRealmRoles(String id);

    @Post("/users/{id}/role-mappings/realm")
    HttpResponse<Void> addRealmRoles(String id, @Body List<Role> roles);

    @Delete("/users/{id}/role-mappings/realm")
    HttpResponse<Void> removeRealmRoles(String id, @Body List<Role> roles);

    /** Every organisation of the realm (the API searches names and domains only, not aliases). */
    @Get("/organizations?briefRepresentation=true&first=0&max=10000")
    List<Organisation> organisations();

    @Get("/organizations/{id}/members?max=" + MAX)
    List<User> organisationMembers(String id);

    @Get("/organizations/members/{userId}/organizations")
    List<Organisation> organisationsOf(String userId);

    /** Keycloak's UserRepresentation, as far as the portal reads it. */
    @Serdeable
    record User(String id, String username, @Nullable String firstName, @Nullable String lastName, @Nullable String email,
                @Nullable Boolean enabled, @Nullable Map<String, List<String>> attributes) {

        List<String> attribute(String name) {
            return attributes == null ? List.of() : attributes.getOrDefault(name, List.of());
        }

        boolean isEnabled() {
            return Boolean.TRUE.equals(enabled);
        }
    }

    /** A new user: asked by Keycloak's e-mail to set a password and confirm the address. */
    @Serdeable
    record NewUser(String username, String email, String firstName, String lastName, boolean enabled,
                   List<String> requiredActions, Map<String, List<String>> attributes) {
    }

    @Serdeable
    record Role(String id, String name) {
    }

    @Serdeable
    record Organisation(String id, String alias, @Nullable String name) {
    }
}
