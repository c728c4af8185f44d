package se.samverka.agreements;

import se.samverka.platform.api.security.SystemWork;
import se.samverka.platform.api.security.CurrentUser.PortalUser;
import se.samverka.platform.api.security.Roles;
import se.samverka.platform.core.security.UserContext;
import se.samverka.platform.core.tenant.TenantContext;
import se.samverka.testkit.PortalTestServer;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The real portal (core and this module) on a fresh real database, started once for all of the
 * module's integration tests in the JVM and stopped when it exits; demo data off, so each test
 * makes the records it needs. Work runs in a tenant as a given user, the way the platform sets
 * them for a request.
 */
public final class TestPortal {

    /** The repository's tenants: A and B of the isolation tests, and a third. */
    public static final String TENANT_A = "orust";
    public static final String TENANT_B = "almhult";
    public static final String TENANT_C = "region-jonkoping";

    private static PortalTestServer portal;

    private TestPortal() {
    }

    public static synchronized PortalTestServer shared() {
        if (portal == null) {
            portal = PortalTestServer.start(PortalTestServer.repositoryTenants(),
                    Map.of("samverka.demo-users.enabled", false));
            PortalTestServer started = portal;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close));
        }
        return portal;
    }

    public static <T> T bean(Class<T> type) {
        return shared().bean(type);
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

    /** Runs {@code work} in the tenant as the portal itself (no user). */
    public static <T> T system(String tenant, Supplier<T> work) {
        return TenantContext.callAs(tenant, () -> SystemWork.call("test", work));
    }

    /** Runs {@code work} as a reader of the current tenant: sees everything, changes nothing. */
    public static <T> T asStaff(Supplier<T> work) {
        PortalUser previous = UserContext.current().orElse(null);
        UserContext.set(user("reader", Roles.READER, TenantContext.current().orElseThrow(), null));
        try {
            return work.get();
        } finally {
            UserContext.set(previous);
        }
    }

    public static PortalUser officer(String tenant) {
        return user("officer." + tenant, Roles.CASE_OFFICER, tenant, null);
    }

    public static PortalUser admin(String tenant) {
        return user("admin." + tenant, Roles.TENANT_ADMIN, tenant, null);
    }

    public static PortalUser reader(String tenant) {
        return user("reader." + tenant, Roles.READER, tenant, null);
    }

    /** A partner user of the organisation with this directory alias, member of the tenants given. */
    public static PortalUser partner(String organisation, String... tenants) {
        return new PortalUser("partner." + organisation, "Partner " + organisation, Set.of(Roles.PARTNER),
                List.of(tenants), Optional.of(organisation));
    }

    private static PortalUser user(String name, String role, String tenant, String organisation) {
        return new PortalUser(name, name, Set.of(role), List.of(tenant), Optional.ofNullable(organisation));
    }
}
