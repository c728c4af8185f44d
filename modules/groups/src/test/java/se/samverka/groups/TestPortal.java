package se.samverka.groups;

import se.samverka.platform.api.partners.PartnerDetails;
import se.samverka.platform.api.partners.PartnerKind;
import se.samverka.platform.api.partners.PartnerOrganisation;
import se.samverka.platform.api.partners.PartnerRegister;
import se.samverka.platform.core.testing.SharedPortal;
import se.samverka.testkit.PortalTestServer;

import java.util.concurrent.ThreadLocalRandom;

/**
 * The real portal (core and this module) on a fresh real database, started once for the
 * module's tests in the JVM; demo data off, so each test makes what it needs. Users and acting as them:
 * {@link se.samverka.platform.core.testing.TestUsers}.
 */
public final class TestPortal {

    /** Orust and Region Jönköpings län have the module; Älmhult has none. */
    public static final String ORUST = "orust";
    public static final String REGION = "region-jonkoping";
    public static final String ALMHULT = "almhult";

    private TestPortal() {
    }

    public static PortalTestServer shared() {
        return SharedPortal.of(GroupsModule.ID);
    }

    public static <T> T bean(Class<T> type) {
        return shared().bean(type);
    }

    /** A directory alias no other test uses. */
    public static String alias(String prefix) {
        return prefix + "-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }

    /** A partner organisation in the current tenant's register (as a changer), linked to the alias. */
    public static PartnerOrganisation partner(String alias) {
        return bean(PartnerRegister.class).create(new PartnerDetails("Förening " + alias, null,
                PartnerKind.NON_PROFIT_ASSOCIATION, null, alias, null, null, null, null));
    }
}
