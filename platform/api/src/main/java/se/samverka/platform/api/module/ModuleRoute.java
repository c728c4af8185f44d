package se.samverka.platform.api.module;

import com.vaadin.flow.component.Component;

import java.util.Objects;

/**
 * A view of a module, registered by the platform under its shell at {@code path}
 * (a Vaadin route template, e.g. {@code "agreements/:id"}). Who may open it is said by the
 * view's own {@code @RolesAllowed}/{@code @PermitAll} annotation; without one it is denied.
 */
public record ModuleRoute(String path, Class<? extends Component> view) {

    public ModuleRoute {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(view, "view");
    }
}
