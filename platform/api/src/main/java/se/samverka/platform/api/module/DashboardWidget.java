package se.samverka.platform.api.module;

import com.vaadin.flow.component.Component;

import java.util.Set;

/**
 * A card a module contributes to the dashboard: a {@code @Singleton} bean that names its module, shown
 * while the module is enabled for the tenant to users with one of its roles. {@link #create()} is called in the UI thread with
 * the current tenant and user set, each time the dashboard is shown; it should aggregate in SQL.
 */
public interface DashboardWidget {

    /** The module the card belongs to. */
    String moduleId();

    /** Unique within the module. */
    String id();

    /** The card's place among the module's cards, smallest first. */
    default int order() {
        return 0;
    }

    LocalizedText title();

    /** The roles that see the widget. */
    Set<String> roles();

    Component create();
}
