package se.samverka.platform.core.tenant;

import jakarta.inject.Singleton;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The tenants of this instance, read from the database once their files are applied. Tenant identity
 * changes only through the files at start-up, so every instance holds the same picture.
 */
@Singleton
public class TenantDirectory {

    private final TenantRepository repository;
    private volatile List<Tenant> tenants = List.of();
    private volatile Map<String, Tenant> byId = Map.of();
    private volatile Map<String, Tenant> byHost = Map.of();

    TenantDirectory(TenantRepository repository) {
        this.repository = repository;
    }

    /** Reloads from the database (after start-up applied the tenant files). */
    public void reload() {
        List<Tenant> all = repository.findAllOrderByName();
        tenants = List.copyOf(all);
        byId = all.stream().collect(Collectors.toUnmodifiableMap(Tenant::id, Function.identity()));
        byHost = all.stream().flatMap(t -> t.hostList().stream().map(h -> Map.entry(h, t)))
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    public List<Tenant> all() {
        return tenants;
    }

    public List<Tenant> active() {
        return tenants.stream().filter(t -> !t.suspended()).toList();
    }

    /** An active tenant by id. */
    public Optional<Tenant> find(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id)).filter(t -> !t.suspended());
    }

    /** The active tenant a host name belongs to (the port, if any, is ignored). */
    public Optional<Tenant> forHost(String host) {
        if (host == null) {
            return Optional.empty();
        }
        String name = host.toLowerCase(Locale.ROOT);
        if (!name.startsWith("[")) {
            int colon = name.indexOf(':');
            if (colon >= 0) {
                name = name.substring(0, colon);
            }
        }
        return Optional.ofNullable(byHost.get(name)).filter(t -> !t.suspended());
    }
}
