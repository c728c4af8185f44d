package se.samverka.platform.api.security;

import se.samverka.platform.api.security.CurrentUser.PortalUser;

/**
 * What the current user may see of the current tenant's records: everything (staff: case officers,
 * administrators, readers; and the portal's own system work), only what their partner organisation
 * is party to (partner users), or nothing. Every module applies it in its queries.
 */
public sealed interface Sight {

    /** What a signed-in user may see: staff everything, a partner user their organisation's records. */
    static Sight of(PortalUser user) {
        if (user.hasAnyRole(Roles.STAFF)) {
            return new WholeTenant();
        }
        if (user.hasRole(Roles.PARTNER) && user.organisation().filter(o -> !o.isBlank()).isPresent()) {
            return new Organisation(user.organisation().get());
        }
        return new Nothing();
    }

    /** Staff of the tenant and system work. */
    record WholeTenant() implements Sight {
    }

    /** A partner user: only records their organisation (by its directory alias) is party to. */
    record Organisation(String directoryAlias) implements Sight {
    }

    /** Anyone else, e.g. a partner user without an organisation. */
    record Nothing() implements Sight {
    }
}
