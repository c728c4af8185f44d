package se.samverka.platform.core.module;

import com.vaadin.flow.component.Component;
import jakarta.inject.Singleton;
import se.samverka.platform.api.module.ModuleManifest;
import se.samverka.platform.api.module.ModuleRoute;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The installed modules: every {@link ModuleManifest} bean, checked once at start-up. */
@Singleton
public class ModuleRegistry {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{1,40}");
    /** Path segments the platform serves under /api/v1/tenants/{tenant}/ (a platform administrator reaches them in any tenant). */
    public static final Set<String> PLATFORM_AREAS = Set.of("modules", "users", "partner-organisations");
    /** Segments no module may take: the platform's areas and a few kept for it. */
    static final Set<String> RESERVED = Set.of("modules", "users", "partner-organisations", "partners", "audit", "admin", "settings", "me");

    private final Map<String, ModuleManifest> byId = new LinkedHashMap<>();
    private final Map<Class<?>, ModuleManifest> byView = new HashMap<>();

    ModuleRegistry(List<ModuleManifest> manifests) {
        manifests.stream().sorted(Comparator.comparing(ModuleManifest::id)).forEach(this::add);
    }

    private void add(ModuleManifest manifest) {
        String id = manifest.id();
        if (id == null || !ID.matcher(id).matches() || RESERVED.contains(id)) {
            throw new IllegalStateException("Module " + manifest.getClass().getName() + " has an invalid id '" + id
                    + "': lower-case letters, digits and dashes, not one of " + RESERVED);
        }
        ModuleManifest other = byId.putIfAbsent(id, manifest);
        if (other != null) {
            throw new IllegalStateException("Two modules declare the id '" + id + "': "
                    + other.getClass().getName() + " and " + manifest.getClass().getName());
        }
        for (ModuleRoute route : manifest.routes()) {
            ModuleManifest owner = byView.putIfAbsent(route.view(), manifest);
            if (owner != null && owner != manifest) {
                throw new IllegalStateException("View " + route.view().getName() + " is declared by two modules");
            }
        }
    }

    public List<ModuleManifest> all() {
        return List.copyOf(byId.values());
    }

    public Optional<ModuleManifest> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public boolean isInstalled(String id) {
        return byId.containsKey(id);
    }

    /** The module a view belongs to, if it is a module's view. */
    public Optional<ModuleManifest> ownerOf(Class<? extends Component> view) {
        return Optional.ofNullable(byView.get(view));
    }
}
