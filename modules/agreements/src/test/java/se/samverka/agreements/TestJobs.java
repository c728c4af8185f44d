package se.samverka.agreements;

import se.samverka.agreements.reminders.Reminders;
import se.samverka.platform.api.jobs.DailyJobRunner;
import se.samverka.testkit.PortalTestServer;

import java.time.LocalDate;

/** The module's daily job run by the platform as its schedule would, for a day a test chooses. */
public final class TestJobs {

    private TestJobs() {
    }

    /** The reminders of {@code day} in every tenant with the module; how many notices were new. */
    public static int remind(PortalTestServer portal, LocalDate day) {
        return portal.bean(DailyJobRunner.class).runFor(portal.bean(Reminders.class), day);
    }
}
