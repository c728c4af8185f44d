package se.samverka.agreements;

import se.samverka.platform.api.security.CurrentUser.PortalUser;
import se.samverka.platform.core.testing.SharedPortal;
import se.samverka.platform.core.testing.TestUsers;
import se.samverka.testkit.PortalTestServer;

import java.util.function.Supplier;

/**
 * The real portal (core and this module) on a fresh real database, started once for all of the
 * module's integration tests in the JVM and stopped when it exits; demo data off, so each test
 * makes the records it needs. Work runs in a tenant as a given user ({@link TestUsers}), the way the
 * platform sets them for a request.
 */
public final class TestPortal {

    /** The repository's tenants: A and B of the isolation tests, and a third. */
    public static final String TENANT_A = "orust";
    public static final String TENANT_B = "almhult";
    public static final String TENANT_C = "region-jonkoping";

    private TestPortal() {
    }

    public static PortalTestServer shared() {
        return SharedPortal.of(AgreementsModule.ID);
    }

    public static <T> T bean(Class<T> type) {
        return shared().bean(type);
    }

    /** Runs {@code work} in the tenant as the user. */
    public static <T> T as(PortalUser user, String tenant, Supplier<T> work) {
        return TestUsers.as(user, tenant, work);
    }

    public static void as(PortalUser user, String tenant, Runnable work) {
        TestUsers.as(user, tenant, work);
    }

    /** Runs {@code work} in the tenant as the portal itself (no user). */
    public static <T> T system(String tenant, Supplier<T> work) {
        return TestUsers.system(tenant, work);
    }

    /** Runs {@code work} as a reader of the current tenant: sees everything, changes nothing. */
    public static <T> T asStaff(Supplier<T> work) {
        return TestUsers.asStaff(work);
    }

    public static PortalUser officer(String tenant) {
        return TestUsers.officer(tenant);
    }

    public static PortalUser admin(String tenant) {
        return TestUsers.admin(tenant);
    }

    public static PortalUser reader(String tenant) {
        return TestUsers.reader(tenant);
    }

    /** A partner user of the organisation with this directory alias, member of the tenants given. */
    public static PortalUser partner(String organisation, String... tenants) {
        return TestUsers.partner(organisation, tenants);
    }
}
