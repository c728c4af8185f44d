package se.samverka.platform.core.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.samverka.platform.api.security.CurrentUser;
import se.samverka.platform.api.security.CurrentUser.PortalUser;
import se.samverka.platform.core.tenant.Tenant;
import se.samverka.platform.core.tenant.TenantDirectory;

import java.util.List;
import java.util.Set;

/** Who am I: the signed-in user, their roles, memberships and the tenant the host name selects. */
@Controller("/api/v1/me")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Me")
public class MeController {

    private final CurrentUser currentUser;
    private final TenantDirectory tenants;

    MeController(CurrentUser currentUser, TenantDirectory tenants) {
        this.currentUser = currentUser;
        this.tenants = tenants;
    }

    @Get
    @Operation(summary = "The signed-in user", description = "Username, roles, the current tenant (from the host "
            + "name when it maps to a tenant the user is a member of, else the first membership) and memberships.")
    public Me me(@Nullable @Header("Host") String host) {
        PortalUser user = currentUser.require();
        List<Membership> memberships = user.tenants().stream().flatMap(id -> tenants.find(id).stream())
                .map(t -> new Membership(t.id(), t.name())).toList();
        String current = tenants.forHost(host).map(Tenant::id).filter(user::isMemberOf)
                .orElse(memberships.isEmpty() ? null : memberships.get(0).id());
        return new Me(user.username(), user.displayName(), user.roles(), current, memberships,
                user.organisation().orElse(null));
    }

    /**
     * Every field is always written, an empty list as {@code []} and an absent tenant or organisation
     * as {@code null}: Micronaut Serde leaves empty and null values out by default, which dropped the
     * required {@code memberships} of a user without memberships (the platform administrator).
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Me(String username, String displayName, Set<String> roles, @Nullable String currentTenant,
                     List<Membership> memberships, @Nullable String organisation) {
    }

    @Serdeable
    public record Membership(String id, String name) {
    }
}
