package se.samverka.platform.api.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;

/**
 * A record's id in a view's route ({@code agreements/:id}): a number, or the portal's "page not found",
 * the same as for a record that does not exist or may not be seen.
 */
public final class RouteIds {

    private RouteIds() {
    }

    /** The numeric route parameter, else a 404. */
    public static long numeric(BeforeEnterEvent event, String parameter) {
        return numeric(event.getRouteParameters().get(parameter).orElse(""));
    }

    /** A positive whole number of at most 18 digits, else a 404. */
    public static long numeric(String value) {
        if (value == null || !value.matches("\\d{1,18}")) {
            throw new NotFoundException();
        }
        return Long.parseLong(value);
    }
}
