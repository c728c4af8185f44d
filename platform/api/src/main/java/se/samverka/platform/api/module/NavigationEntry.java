package se.samverka.platform.api.module;

import java.util.Objects;
import java.util.Set;

/**
 * An entry in the side navigation: shown when the module is enabled for the current tenant and
 * the user has one of {@code roles} (see {@link se.samverka.platform.api.security.Roles}).
 *
 * @param label the entry's text, Swedish and English
 * @param path  the route path the entry opens
 * @param icon  a Vaadin icon name, e.g. {@code "HANDSHAKE"}
 */
public record NavigationEntry(LocalizedText label, String path, String icon, Set<String> roles) {

    public NavigationEntry {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(path, "path");
        roles = Set.copyOf(roles);
    }
}
