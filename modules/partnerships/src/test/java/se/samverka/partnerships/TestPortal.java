package se.samverka.partnerships;

import se.samverka.partnerships.partnership.Contact;
import se.samverka.partnerships.partnership.ContactRole;
import se.samverka.partnerships.partnership.CoreArea;
import se.samverka.partnerships.partnership.PartnershipDetails;
import se.samverka.partnerships.partnership.PartnershipStatus;
import se.samverka.partnerships.partnership.Side;
import se.samverka.partnerships.phase.PhaseDetails;
import se.samverka.partnerships.phase.PhaseKind;
import se.samverka.partnerships.phase.PhaseStatus;
import se.samverka.platform.api.partners.PartnerDetails;
import se.samverka.platform.api.partners.PartnerKind;
import se.samverka.platform.api.partners.PartnerOrganisation;
import se.samverka.platform.api.partners.PartnerRegister;
import se.samverka.platform.core.module.ModuleEnablement;
import se.samverka.platform.core.testing.SharedPortal;
import se.samverka.testkit.PortalTestServer;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The real portal (core and this module) on a fresh real database, started once for the module's tests; demo
 * data off. Älmhult has the module from its tenant file; Orust gets it here, so isolation has two tenants that both
 * have it; Region Stockholm has none.
 */
public final class TestPortal {

    public static final String ALMHULT = "almhult";
    public static final String ORUST = "orust";

    private TestPortal() {
    }

    public static PortalTestServer shared() {
        PortalTestServer portal = SharedPortal.of(PartnershipsModule.ID);
        portal.bean(ModuleEnablement.class).setEnabled(ORUST, PartnershipsModule.ID, true, "test");
        return portal;
    }

    public static <T> T bean(Class<T> type) {
        return shared().bean(type);
    }

    /** A name no other test uses. */
    public static String unique(String prefix) {
        return prefix + " " + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }

    /** A foreign local government in the current tenant's register (as a changer). */
    public static PartnerOrganisation foreign(String name) {
        return bean(PartnerRegister.class).create(new PartnerDetails(name, null, PartnerKind.FOREIGN_LOCAL_GOVERNMENT, "Sydafrika",
                null, null, null, null, null));
    }

    /** A partnership with a South African local government from 2020, in inception. */
    public static PartnershipDetails partnership(String title, long foreignPartnerId) {
        return new PartnershipDetails(title, "ZA", "Psykisk hälsa", EnumSet.of(CoreArea.PARTICIPATION), PartnershipStatus.INCEPTION,
                LocalDate.of(2020, 1, 1), LocalDate.of(2023, 12, 31), null, List.of(foreignPartnerId), List.of("Växjö kommun"),
                List.of(new Contact(Side.SWEDISH, ContactRole.COORDINATOR, "Maria Lindqvist", "Älmhults kommun")), null);
    }

    /** A granted inception phase in spring 2020. */
    public static PhaseDetails inception() {
        return new PhaseDetails(PhaseKind.INCEPTION, null, LocalDate.of(2020, 1, 15), LocalDate.of(2020, 6, 30), PhaseStatus.GRANTED,
                LocalDate.of(2019, 10, 1), 260_000L, LocalDate.of(2019, 12, 2), "ICLD 1", List.of());
    }
}
