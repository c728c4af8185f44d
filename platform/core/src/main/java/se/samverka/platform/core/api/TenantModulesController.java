package se.samverka.platform.core.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import se.samverka.platform.api.refusal.RecordNotFound;
import se.samverka.platform.api.security.CurrentUser;
import se.samverka.platform.api.security.CurrentUser.PortalUser;
import se.samverka.platform.core.module.ModuleAdministration;

import java.util.List;

/**
 * A tenant's modules and their enablement: a tenant the caller may not see answers 404, a change their
 * role does not allow 403 (the API's status rule, see {@link Problems}).
 */
@Controller("/api/v1/tenants/{tenant}/modules")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Modules")
public class TenantModulesController {

    private final ModuleAdministration administration;
    private final CurrentUser currentUser;

    TenantModulesController(ModuleAdministration administration, CurrentUser currentUser) {
        this.administration = administration;
        this.currentUser = currentUser;
    }

    @Get
    @Operation(summary = "Every installed module with its enabled flag for the tenant")
    public List<ModuleState> list(String tenant) {
        PortalUser user = currentUser.require();
        return administration.states(user, tenant).orElseThrow(() -> new RecordNotFound("record.tenant", tenant)).entrySet().stream()
                .map(e -> new ModuleState(e.getKey().id(), e.getKey().name().sv(), e.getKey().name().en(),
                        e.getKey().version(), e.getValue()))
                .toList();
    }

    @Put("/{module}")
    @Operation(summary = "Enable or disable a module for the tenant",
            description = "Tenant administrators for their own tenant, platform administrators for any.")
    public ModuleState set(String tenant, String module, @Valid @Body EnabledRequest body) {
        administration.setEnabled(currentUser.require(), tenant, module, body.enabled());
        return list(tenant).stream().filter(m -> m.id().equals(module)).findFirst()
                .orElseThrow(() -> new RecordNotFound("record.module", module));
    }

    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record EnabledRequest(@NotNull Boolean enabled) {
    }

    @Serdeable
    public record ModuleState(String id, String nameSv, String nameEn, String version, boolean enabled) {
    }
}
