package se.samverka.platform.core.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Error;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import se.samverka.platform.api.security.CurrentUser;
import se.samverka.platform.core.users.DirectoryUser;
import se.samverka.platform.core.users.DemoUserDirectory;
import se.samverka.platform.core.users.KeycloakUserDirectory;
import se.samverka.platform.core.users.TenantUsers;
import se.samverka.platform.core.users.UserDirectory;

import java.util.List;
import java.util.function.Supplier;

/**
 * A tenant's users, for its administrators; written to Keycloak. Another tenant answers 404, a member
 * who is not its administrator 403.
 */
@Controller("/api/v1/tenants/{tenant}/users")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Users")
public class TenantUsersController {

    private final TenantUsers users;
    private final CurrentUser currentUser;
    private final Problems problems;

    TenantUsersController(TenantUsers users, CurrentUser currentUser, Problems problems) {
        this.users = users;
        this.currentUser = currentUser;
        this.problems = problems;
    }

    @Get
    @Operation(summary = "The tenant's members with their roles")
    public List<DirectoryUser> list(String tenant) {
        return call(() -> users.members(currentUser.require(), tenant));
    }

    @Post
    @Operation(summary = "Invite a person into the tenant with a role",
            description = "An existing Keycloak user with the e-mail gets the membership; otherwise a user is created "
                    + "and asked by e-mail to choose a password.")
    public HttpResponse<UserDirectory.Invitation> invite(String tenant, @Valid @Body Invite body) {
        UserDirectory.Invitation invitation = call(() -> users.invite(currentUser.require(), tenant,
                new UserDirectory.NewMember(body.email(), body.firstName(), body.lastName(), body.role())));
        return HttpResponse.created(invitation);
    }

    @Put("/{id}/role")
    @Operation(summary = "Change a member's role")
    public HttpResponse<?> changeRole(String tenant, String id, @Valid @Body RoleChange body) {
        call(() -> {
            users.changeRole(currentUser.require(), tenant, id, body.role());
            return null;
        });
        return HttpResponse.noContent();
    }

    @Delete("/{id}")
    @Operation(summary = "End a member's membership of the tenant")
    public HttpResponse<?> remove(String tenant, String id) {
        call(() -> {
            users.removeMembership(currentUser.require(), tenant, id);
            return null;
        });
        return HttpResponse.noContent();
    }

    private static <T> T call(Supplier<T> action) {
        return action.get();
    }

    /** The embedded default's demo users cannot be changed (users are managed in Keycloak in production). */
    @Error(exception = DemoUserDirectory.ReadOnlyDirectoryException.class)
    public HttpResponse<?> readOnly(HttpRequest<?> request) {
        return problems.of(request, HttpStatus.CONFLICT, "users.error.read-only");
    }

    @Error(exception = KeycloakUserDirectory.KeycloakAdminException.class)
    public HttpResponse<?> keycloakUnavailable(HttpRequest<?> request) {
        return problems.of(request, HttpStatus.SERVICE_UNAVAILABLE, "users.error.keycloak");
    }

    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record Invite(@NotBlank String email, @NotBlank String firstName, @NotBlank String lastName, @NotBlank String role) {
    }

    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record RoleChange(@NotBlank String role) {
    }
}
