package se.samverka.platform.core.testing;

import se.samverka.platform.api.security.CurrentUser.PortalUser;
import se.samverka.platform.api.security.Roles;
import se.samverka.platform.api.security.SystemWork;
import se.samverka.platform.core.security.UserContext;
import se.samverka.platform.core.tenant.TenantContext;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The users a module's tests act as — any role, tenants and organisation, without a directory behind them —
 * and running work as one of them (or as the portal itself) in a tenant, the way a request or a job does.
 */
public final class TestUsers {

    private TestUsers() {
    }

    public static PortalUser officer(String tenant) {
        return user("officer." + tenant, Roles.CASE_OFFICER, tenant);
    }

    public static PortalUser admin(String tenant) {
        return user("admin." + tenant, Roles.TENANT_ADMIN, tenant);
    }

    public static PortalUser reader(String tenant) {
        return user("reader." + tenant, Roles.READER, tenant);
    }

    /** A partner user of the organisation with this directory alias, member of the tenants given. */
    public static PortalUser partner(String organisation, String... tenants) {
        return new PortalUser("partner." + organisation, "Partner " + organisation, Set.of(Roles.PARTNER),
                List.of(tenants), Optional.of(organisation));
    }

    /** Runs {@code work} in the tenant as the user. */
    public static <T> T as(PortalUser user, String tenant, Supplier<T> work) {
        PortalUser previous = UserContext.current().orElse(null);
        UserContext.set(user);
        try {
            return TenantContext.callAs(tenant, work);
        } finally {
            UserContext.set(previous);
        }
    }

    public static void as(PortalUser user, String tenant, Runnable work) {
        as(user, tenant, () -> {
            work.run();
            return null;
        });
    }

    /** Runs {@code work} in the tenant as the portal itself (no user), as a daily job does. */
    public static <T> T system(String tenant, Supplier<T> work) {
        return TenantContext.callAs(tenant, () -> SystemWork.call("test", work));
    }

    /** Runs {@code work} as a reader of the current tenant: sees everything, changes nothing. */
    public static <T> T asStaff(Supplier<T> work) {
        PortalUser previous = UserContext.current().orElse(null);
        UserContext.set(user("reader", Roles.READER, TenantContext.current().orElseThrow()));
        try {
            return work.get();
        } finally {
            UserContext.set(previous);
        }
    }

    private static PortalUser user(String name, String role, String tenant) {
        return new PortalUser(name, name, Set.of(role), List.of(tenant), Optional.empty());
    }
}
