package se.samverka.groups.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotNull;
import se.samverka.groups.disclosure.Disclosure;
import se.samverka.groups.disclosure.DisclosureSetting;

/** The tenant's settings of the module: the disclosure threshold (tenant administrators change it). */
@Controller("/api/v1/tenants/{tenant}/groups/settings")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Settings", description = "The tenant's disclosure threshold (module groups)")
public class SettingsController {

    private final Disclosure disclosure;

    SettingsController(Disclosure disclosure) {
        this.disclosure = disclosure;
    }

    /** Counts from 1 to threshold − 1 are hidden in everything that leaves the officer's screen. */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record Settings(int suppressionThreshold, @Nullable Long version) {
        static Settings of(DisclosureSetting setting) {
            return new Settings(setting.suppressionThreshold(), setting.version());
        }
    }

    @Get
    @Operation(summary = "The tenant's disclosure threshold (5 unless changed)")
    public Settings getSettings(String tenant) {
        return Settings.of(disclosure.setting());
    }

    @Put
    @Operation(summary = "Change the disclosure threshold (2 to 20; tenant administrators)", description = "Send the version you read.")
    public Settings updateSettings(String tenant, @Body @NotNull Settings settings) {
        return Settings.of(disclosure.setThreshold(settings.suppressionThreshold(), settings.version()));
    }
}
