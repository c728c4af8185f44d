package se.samverka.platform.core.security;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import se.samverka.platform.api.security.Roles;
import se.samverka.platform.core.tenant.Tenant;
import se.samverka.platform.core.tenant.TenantDirectory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The embedded default's demo users, all with password {@code demo}: {@code platform}, and for each
 * tenant T {@code admin.T}, {@code officer.T}, {@code reader.T}. Never enabled in production.
 */
@Singleton
public class DemoUsers {

    public static final String PASSWORD = "demo";

    private final boolean enabled;
    private final TenantDirectory tenants;

    DemoUsers(@Value("${samverka.demo-users.enabled:false}") boolean enabled, TenantDirectory tenants) {
        this.enabled = enabled;
        this.tenants = tenants;
    }

    public boolean enabled() {
        return enabled;
    }

    public Optional<DemoUser> find(String username) {
        return enabled ? Optional.ofNullable(all().get(username)) : Optional.empty();
    }

    /** Every demo user by username. */
    public Map<String, DemoUser> all() {
        Map<String, DemoUser> users = new LinkedHashMap<>();
        users.put("platform", new DemoUser("platform", "Plattformsförvaltare (demo)", Set.of(Roles.PLATFORM_ADMIN), List.of()));
        for (Tenant tenant : tenants.active()) {
            String t = tenant.id();
            users.put("admin." + t, new DemoUser("admin." + t, "Systemförvaltare " + tenant.name() + " (demo)",
                    Set.of(Roles.TENANT_ADMIN), List.of(t)));
            users.put("officer." + t, new DemoUser("officer." + t, "Handläggare " + tenant.name() + " (demo)",
                    Set.of(Roles.CASE_OFFICER), List.of(t)));
            users.put("reader." + t, new DemoUser("reader." + t, "Läsare " + tenant.name() + " (demo)",
                    Set.of(Roles.READER), List.of(t)));
        }
        return users;
    }

    /** A demo user's identity. */
    public record DemoUser(String username, String displayName, Set<String> roles, List<String> tenants) {
    }
}
