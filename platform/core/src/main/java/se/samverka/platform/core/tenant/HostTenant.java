package se.samverka.platform.core.tenant;

import java.util.Optional;

/**
 * The tenant the request's host name belongs to, whether or not anyone is signed in or a member: what
 * the login page names, and what a signed-in user who is not a member is told they reached. Set and
 * cleared per Vaadin request by the session filter; never a reason to show the tenant's data (that is
 * {@link TenantContext}, set only for members).
 */
public final class HostTenant {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private HostTenant() {
    }

    public static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** Sets the host's tenant for the rest of a request (null: a platform host); pair with {@link #clear()}. */
    public static void set(String tenantId) {
        if (tenantId == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(tenantId);
        }
    }

    public static void clear() {
        CURRENT.remove();
    }
}
