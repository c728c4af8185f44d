package se.samverka.platform.api.module;

import com.vaadin.flow.component.Component;

import java.util.Set;

/**
 * A card a module contributes to the dashboard. {@link #create()} is called in the UI thread with
 * the current tenant and user set, each time the dashboard is shown; it should aggregate in SQL.
 */
public interface DashboardWidget {

    /** Unique within the module. */
    String id();

    LocalizedText title();

    /** The roles that see the widget. */
    Set<String> roles();

    Component create();
}
