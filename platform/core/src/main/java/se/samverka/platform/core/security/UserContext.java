package se.samverka.platform.core.security;

import se.samverka.platform.api.security.CurrentUser.PortalUser;

import java.util.Optional;

/** The signed-in user of a Vaadin request on the running thread; set and cleared by the session filter. */
public final class UserContext {

    private static final ThreadLocal<PortalUser> CURRENT = new ThreadLocal<>();

    private UserContext() {
    }

    public static Optional<PortalUser> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    public static void set(PortalUser user) {
        if (user == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(user);
        }
    }

    public static void clear() {
        CURRENT.remove();
    }
}
