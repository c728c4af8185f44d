package se.samverka.platform.core.security;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import se.samverka.platform.api.security.DemoUserSource;
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
 * tenant T {@code admin.T}, {@code officer.T}, {@code reader.T}; plus the modules' demo users
 * ({@link DemoUserSource}). Never enabled in production.
 */
@Singleton
public class DemoUsers {

    public static final String PASSWORD = "demo";

    private final boolean enabled;
    private final TenantDirectory tenants;
    private final List<DemoUserSource> sources;

    DemoUsers(@Value("${samverka.demo-users.enabled:false}") boolean enabled, TenantDirectory tenants,
              List<DemoUserSource> sources) {
        this.enabled = enabled;
        this.tenants = tenants;
        this.sources = sources;
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
        users.put("platform", new DemoUser("platform", "Plattformsförvaltare (demo)", Set.of(Roles.PLATFORM_ADMIN), List.of(),
                Optional.empty()));
        for (Tenant tenant : tenants.active()) {
            String t = tenant.id();
            users.put("admin." + t, new DemoUser("admin." + t, "Systemförvaltare " + tenant.name() + " (demo)",
                    Set.of(Roles.TENANT_ADMIN), List.of(t), Optional.empty()));
            users.put("officer." + t, new DemoUser("officer." + t, "Handläggare " + tenant.name() + " (demo)",
                    Set.of(Roles.CASE_OFFICER), List.of(t), Optional.empty()));
            users.put("reader." + t, new DemoUser("reader." + t, "Läsare " + tenant.name() + " (demo)",
                    Set.of(Roles.READER), List.of(t), Optional.empty()));
        }
        // the modules' demo users, e.g. partner users of the demo organisations, for tenants that exist
        for (DemoUserSource source : sources) {
            for (DemoUserSource.DemoUser user : source.demoUsers()) {
                List<String> existing = user.tenants().stream().filter(id -> tenants.find(id).isPresent()).toList();
                users.putIfAbsent(user.username(), new DemoUser(user.username(), user.displayName(), user.roles(), existing,
                        user.organisation()));
            }
        }
        return users;
    }

    /** A demo user's identity. */
    public record DemoUser(String username, String displayName, Set<String> roles, List<String> tenants,
                           Optional<String> organisation) {
    }
}
